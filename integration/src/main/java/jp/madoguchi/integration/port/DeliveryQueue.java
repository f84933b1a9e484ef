package jp.madoguchi.integration.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.integration.config.DeliveryPattern;

/**
 * The outbox of deliveries, as the linkage engine sees it. Implementations claim with row locks
 * that skip rows other workers hold ({@code FOR UPDATE SKIP LOCKED} or equivalent) and give each
 * claim a lease: a delivery whose lease ran out without an outcome is due again, so work held by a
 * dead process is picked up. Every outcome method records the attempt and ends the lease.
 */
public interface DeliveryQueue {

  /** Up to {@code max} deliveries of the pattern that are due now, leased for {@code lease}. */
  List<ClaimedDelivery> claimDue(DeliveryPattern pattern, int max, Duration lease);

  /**
   * The core system has it; with the core system's reference number (or the file name). Like the
   * other outcome methods, ignored when the lease is no longer the delivery's current claim.
   */
  void delivered(Lease lease, String coreReference, Attempt attempt);

  /**
   * Records every one of these deliveries as {@link #delivered} does (with the clerk-review flag of
   * those that carry a reason), in one transaction where the implementation has them: a group of
   * files costs one commit, not one each. A delivery whose lease is no longer held is skipped. This
   * default records them one by one.
   */
  default void deliveredAll(List<FinishedDelivery> finished) {
    for (FinishedDelivery delivery : finished) {
      if (delivery.reviewReason() != null) {
        flagForClerkReview(delivery.lease().deliveryId(), delivery.reviewReason());
      }
      delivered(delivery.lease(), delivery.coreReference(), delivery.attempt());
    }
  }

  /** Failed for now; due again at {@code nextAttemptAt}. */
  void retryLater(Lease lease, Attempt attempt, Instant nextAttemptAt);

  /** Given up: PARKED until IT staff replay it. */
  void park(Lease lease, Attempt attempt);

  /**
   * The delivered record differs from the application (外字 replaced by 〓, text shortened to fit): a
   * clerk should check the core system's copy. The reason holds no personal data.
   */
  void flagForClerkReview(UUID deliveryId, String reason);
}
