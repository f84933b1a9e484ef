/**
 * DIRECT_API linkage: {@link jp.madoguchi.integration.api.CoreSystemClient} POSTs a delivery to a
 * core system's endpoint with its {@code Idempotency-Key} and classifies the answer; {@link
 * jp.madoguchi.integration.api.RateLimiter} keeps to a route's requests per second.
 */
package jp.madoguchi.integration.api;
