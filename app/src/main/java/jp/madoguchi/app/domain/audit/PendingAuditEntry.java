package jp.madoguchi.app.domain.audit;

import java.time.Instant;

/**
 * An access-log entry its business transaction committed but the sequencer has not chained yet (no
 * number, no hash). {@code id} is the order it was inserted in, which the chain follows.
 */
public record PendingAuditEntry(
    long id, Instant at, String actor, String action, String target, String detail) {}
