package jp.madoguchi.integration.port;

import java.util.Objects;

/**
 * A delivery whose file is durably in place, waiting to be recorded DELIVERED together with the
 * others of its poll ({@link DeliveryQueue#deliveredAll}): the claim, the file name (the core
 * reference), the attempt, and why a clerk should check the core system's copy (外字 replaced, text
 * shortened; null when nothing was lost). The reason holds no personal data.
 */
public record FinishedDelivery(
    Lease lease, String coreReference, Attempt attempt, String reviewReason) {

  public FinishedDelivery {
    Objects.requireNonNull(lease, "lease");
    Objects.requireNonNull(coreReference, "coreReference");
    Objects.requireNonNull(attempt, "attempt");
    if (attempt.outcome() != AttemptOutcome.DELIVERED) {
      throw new IllegalArgumentException("a finished delivery's attempt is DELIVERED");
    }
  }
}
