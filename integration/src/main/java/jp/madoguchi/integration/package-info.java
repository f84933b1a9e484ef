/**
 * Linkage to core systems (基幹系システム): Camel routes for the four linkage patterns and the ports they
 * need. Arrives with the linkage issue; empty in the foundation.
 */
package jp.madoguchi.integration;
