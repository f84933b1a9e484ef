/**
 * The ports the linkage engine needs from the application, implemented in the app module with JPA
 * (transactional outbox): {@link jp.madoguchi.integration.port.DeliveryQueue} hands out due
 * deliveries under a lease and records every attempt and its outcome.
 */
package jp.madoguchi.integration.port;
