package jp.madoguchi.integration.portal;

/**
 * The port the pull route hands packages to. {@link #store} must be idempotent by 受付番号 and must
 * have stored (or durably refused) the package when it returns: receipt is confirmed afterwards. It
 * throws when the package could not be dealt with now (e.g. the database is down), and then the
 * package is not confirmed and comes again on the next poll.
 */
public interface ReceivedPackages {

  Stored store(String receiptNumber, byte[] packageZip);

  /**
   * What became of a package, told to the portal with the confirmation: the outcome and, for 受付エラー
   * and refusals, the Japanese reason (no personal data).
   */
  record Stored(StoreOutcome outcome, String reason) {

    public static Stored as(StoreOutcome outcome) {
      return new Stored(outcome, null);
    }
  }

  /** What storing one package led to. */
  enum StoreOutcome {
    /** A new application. */
    STORED,
    /** Stored before (a re-fetch after a crash, or a duplicate in the list). */
    ALREADY_STORED,
    /** Stored as 受付エラー (signature or certificate check failed). */
    INTAKE_ERROR,
    /** Unreadable or invalid: recorded, not stored as an application. */
    REFUSED
  }
}
