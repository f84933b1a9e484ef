/**
 * The linkage outbox in the database: thin JPA repositories of routes, deliveries, attempts and
 * batches (native SQL only for the claims with row locks that skip rows other instances hold, the
 * items of a new batch and the streamed pages of its file), and the startup bean that runs the
 * Camel engine of the integration module. No class here decides a delivery's next state: the {@code
 * Delivery} and {@code Batch} aggregates do.
 */
package jp.madoguchi.app.infrastructure.linkage;
