package jp.madoguchi.app.domain.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The append-only, hash-chained access log. */
public interface AuditLog {

  /**
   * Appends an entry in the caller's transaction, so it commits or rolls back with the action. The
   * entry is stored unchained; the sequencer numbers and chains it after the commit
   * (docs/sequencing.md).
   */
  void append(String actor, AuditAction action, String target, String detail);

  /**
   * Appends these entries in the caller's transaction, in their order, as one batch of statements
   * (e.g. one per file of a FILE_EXPORT group); like {@link #append} otherwise.
   */
  void appendAll(List<NewEntry> entries);

  /** An entry to append: who did what to which target, with its detail. */
  record NewEntry(String actor, AuditAction action, String target, String detail) {}

  /** Appends an entry in a transaction of its own (for events outside any, e.g. failed logins). */
  void appendAlone(String actor, AuditAction action, String target, String detail);

  /** Newest first, entries with a sequence number below {@code beforeSeq} (0: from the end). */
  List<AuditEntry> search(AuditQuery query, long beforeSeq, int limit);

  /**
   * Recomputes the whole chain, and reports the entries still waiting to be chained: those waiting
   * longer than {@code pendingBound} make {@code pendingWithinBound} false.
   */
  Verification verify(Duration pendingBound);

  /** Filters of the auditor's search; null means any. */
  record AuditQuery(String actor, String action, String target, Instant from, Instant to) {}

  /**
   * The outcome of {@link #verify()}: firstBrokenSeq is null when the chain is intact. {@code
   * pending} entries are committed but not chained yet; {@code oldestPendingMillis} is the age of
   * the oldest of them (null when none), {@code pendingWithinBound} false when it is older than the
   * sequencer's bound.
   */
  record Verification(
      boolean valid,
      long entries,
      Long firstBrokenSeq,
      long pending,
      Long oldestPendingMillis,
      boolean pendingWithinBound) {}
}
