/**
 * Use cases of the linkage to core systems: route administration, the outbox written with state
 * changes, the engine's delivery queue ({@code DeliveryQueueService}), completion (LINKED), manual
 * entry (職員による転記), batch pulls (一括取込) and replay.
 */
package jp.madoguchi.app.application.linkage;
