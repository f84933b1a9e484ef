package jp.madoguchi.integration.port;

/** How one attempt ended, as recorded in the delivery's history. */
public enum AttemptOutcome {
  /** The core system has the application. */
  DELIVERED,
  /** A transient failure; the delivery is due again later. */
  RETRY_SCHEDULED,
  /** Given up: retrying cannot help, or maxAttempts is reached (dead letter). */
  PARKED
}
