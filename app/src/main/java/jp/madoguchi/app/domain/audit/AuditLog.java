package jp.madoguchi.app.domain.audit;

import java.time.Instant;
import java.util.List;

/** The append-only, hash-chained access log. */
public interface AuditLog {

  /** Appends an entry in the caller's transaction, so it commits or rolls back with the action. */
  void append(String actor, AuditAction action, String target, String detail);

  /** Appends an entry in a transaction of its own (for events outside any, e.g. failed logins). */
  void appendAlone(String actor, AuditAction action, String target, String detail);

  /** Newest first, entries with a sequence number below {@code beforeSeq} (0: from the end). */
  List<AuditEntry> search(AuditQuery query, long beforeSeq, int limit);

  /** Recomputes the whole chain. */
  Verification verify();

  /** Filters of the auditor's search; null means any. */
  record AuditQuery(String actor, String action, String target, Instant from, Instant to) {}

  /** The outcome of {@link #verify()}: firstBrokenSeq is null when the chain is intact. */
  record Verification(boolean valid, long entries, Long firstBrokenSeq) {}
}
