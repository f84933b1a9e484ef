/**
 * Use cases of the linkage to core systems: route administration, the outbox written with state
 * changes, completion (LINKED), manual entry (職員による転記), batch pulls (一括取込) and replay.
 */
package jp.madoguchi.app.application.linkage;
