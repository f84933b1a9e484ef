package jp.madoguchi.app.domain.audit;

/**
 * The end of the hash chain of the access log, and its two rules: a pending entry is chained by
 * giving it the next number and the end's hash as its previous hash; a stored entry follows the end
 * when its number, its previous hash and its own hash all agree.
 */
public final class AuditChain {

  /** The previous hash of entry 1. */
  public static final String GENESIS = "0".repeat(64);

  private long lastSeq;
  private String lastHash;

  public AuditChain(long lastSeq, String lastHash) {
    if (lastSeq < 0 || lastHash == null || lastHash.strip().length() != 64) {
      throw new IllegalArgumentException("not a chain end: " + lastSeq);
    }
    this.lastSeq = lastSeq;
    this.lastHash = lastHash.strip();
  }

  /** An empty log. */
  public static AuditChain start() {
    return new AuditChain(0, GENESIS);
  }

  /** Chains {@code pending} at the end and moves the end to it. */
  public AuditEntry link(PendingAuditEntry pending) {
    AuditEntry entry =
        new AuditEntry(
            lastSeq + 1,
            pending.at(),
            pending.actor(),
            pending.action(),
            pending.target(),
            pending.detail(),
            lastHash);
    lastSeq = entry.seq();
    lastHash = entry.hash();
    return entry;
  }

  /**
   * Whether {@code stored} is the entry that follows the end, unchanged; if so the end moves to it.
   */
  public boolean follows(AuditEntry stored) {
    boolean intact =
        stored.seq() == lastSeq + 1
            && stored.previousHash().strip().equals(lastHash)
            && stored.computeHash().equals(stored.hash().strip());
    if (intact) {
      lastSeq = stored.seq();
      lastHash = stored.hash().strip();
    }
    return intact;
  }

  /** Whether the chain ends where the stored head says it does. */
  public boolean endsAt(long headSeq, String headHash) {
    return lastSeq == headSeq && lastHash.equals(headHash.strip());
  }

  public long lastSeq() {
    return lastSeq;
  }

  public String lastHash() {
    return lastHash;
  }
}
