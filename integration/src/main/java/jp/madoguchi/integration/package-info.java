/**
 * Linkage to core systems (基幹系システム). {@code config}: route settings and their validation; {@code
 * record}: what a core system receives and its CSV / fixed-length rendering; {@code file}: atomic
 * file export; {@code api}: the DIRECT_API client; {@code delivery}: attempt outcomes and backoff;
 * {@code port}: the interfaces the app implements; {@code engine}: the Camel routes and the {@link
 * jp.madoguchi.integration.engine.LinkageEngine} the app starts.
 */
package jp.madoguchi.integration;
