/**
 * The linkage outbox in the database (routes, deliveries, attempts, batches; native SQL with row
 * locks that skip rows other instances hold) and the startup bean that runs the Camel engine of the
 * integration module against it.
 */
package jp.madoguchi.app.infrastructure.linkage;
