/**
 * Linkage to core systems (基幹系システム). {@code config}: route settings and their validation; {@code
 * record}: what a core system receives and its CSV / fixed-length rendering; {@code file}: atomic
 * file export; {@code api}: the DIRECT_API client; {@code delivery}: attempt outcomes and backoff;
 * {@code port}: the interfaces the app implements; {@code engine}: the linkage routes; {@code
 * portal}: the portal pull routes; {@code camel}: the one CamelContext both join ({@link
 * jp.madoguchi.integration.camel.MadoguchiCamel}), which the app starts.
 */
package jp.madoguchi.integration;
