/**
 * What came of one attempt to deliver ({@link jp.madoguchi.integration.delivery.DeliveryOutcome}:
 * delivered, retry later, or park) and when to try again ({@link
 * jp.madoguchi.integration.delivery.Backoff}). Shared by every pattern the engine pushes.
 */
package jp.madoguchi.integration.delivery;
