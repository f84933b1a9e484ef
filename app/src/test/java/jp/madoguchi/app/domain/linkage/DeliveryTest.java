package jp.madoguchi.app.domain.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import jp.madoguchi.integration.config.DeliveryPattern;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private static Delivery newDelivery(DeliveryPattern pattern) {
    return Delivery.create(UUID.randomUUID(), "2026-000001", Routes.version(1, pattern), T0);
  }

  /** A DIRECT_API delivery claimed at T0 under the token "t1". */
  private static Delivery claimed() {
    Delivery delivery = newDelivery(DeliveryPattern.DIRECT_API);
    delivery.claim("node-a", "t1", T0.plus(LEASE), T0);
    return delivery;
  }

  private static Delivery parked() {
    Delivery delivery = claimed();
    delivery.park("t1", "HTTP 503", T0.plusSeconds(1));
    return delivery;
  }

  @Test
  void aNewDeliveryStartsInItsPatternsInitialStateAndIsDueAtOnce() {
    Delivery api = newDelivery(DeliveryPattern.DIRECT_API);
    assertThat(api.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(api.isDue(T0)).isTrue();
    assertThat(api.routeVersion()).isEqualTo(1);
    assertThat(api.attempts()).isZero();
    assertThat(newDelivery(DeliveryPattern.MANUAL).status())
        .isEqualTo(DeliveryStatus.WAITING_MANUAL);
  }

  @Test
  void aClaimLeasesTheDeliveryToOneWorker() {
    Delivery delivery = claimed();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.IN_PROGRESS);
    assertThat(delivery.leaseOwner()).isEqualTo("node-a");
    assertThat(delivery.holdsLease("t1")).isTrue();
    assertThat(delivery.holdsLease("t2")).isFalse();
    assertThat(delivery.isDue(T0.plusSeconds(60))).isFalse();
  }

  @Test
  void aDeliveryNotYetDueCannotBeClaimed() {
    Delivery delivery = claimed();
    delivery.retryAt("t1", T0.plusSeconds(600), "HTTP 503", T0.plusSeconds(1));
    assertThatThrownBy(() -> delivery.claim("node-b", "t2", T0.plus(LEASE), T0.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(delivery.isDue(T0.plusSeconds(600))).isTrue();
  }

  @Test
  void aLeaseThatRanOutIsDueAgainAndTheNewClaimWinsOverTheOld() {
    Delivery delivery = claimed();
    Instant later = T0.plus(LEASE).plusSeconds(1);
    assertThat(delivery.isDue(later)).isTrue();
    delivery.claim("node-b", "t2", later.plus(LEASE), later);

    assertThat(delivery.delivered("t1", "late", null, later)).isFalse();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.IN_PROGRESS);
    assertThat(delivery.attempts()).isZero();
    assertThat(delivery.delivered("t2", "ref-2", null, later)).isTrue();
    assertThat(delivery.coreReference()).isEqualTo("ref-2");
  }

  @Test
  void deliveredRecordsTheReferenceCountsTheAttemptAndEndsTheLease() {
    Delivery delivery = claimed();
    assertThat(delivery.delivered("t1", "CORE-42", null, T0.plusSeconds(1))).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.coreReference()).isEqualTo("CORE-42");
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.lastError()).isNull();
    assertThat(delivery.leaseOwner()).isNull();
    assertThat(delivery.leaseUntil()).isNull();
  }

  @Test
  void retryAtMakesItPendingUntilTheGivenTimeWithTheError() {
    Delivery delivery = claimed();
    Instant next = T0.plusSeconds(30);
    assertThat(delivery.retryAt("t1", next, "HTTP 503", T0.plusSeconds(1))).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.nextAttemptAt()).isEqualTo(next);
    assertThat(delivery.lastError()).isEqualTo("HTTP 503");
    assertThat(delivery.attempts()).isEqualTo(1);
    assertThat(delivery.isDue(next.minusSeconds(1))).isFalse();
  }

  @Test
  void parkGivesUpUntilReplayedAndKeepsTheErrorShort() {
    Delivery delivery = claimed();
    assertThat(delivery.park("t1", "x".repeat(5000), T0.plusSeconds(1))).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PARKED);
    assertThat(delivery.lastError()).hasSize(Delivery.MAX_TEXT);
    assertThat(delivery.isDue(T0.plusSeconds(3600))).isFalse();
  }

  @Test
  void outcomesWithoutTheLeaseChangeNothing() {
    Delivery pending = newDelivery(DeliveryPattern.DIRECT_API);
    assertThat(pending.retryAt("t1", T0, "e", T0)).isFalse();
    assertThat(pending.park("t1", "e", T0)).isFalse();
    assertThat(pending.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(pending.attempts()).isZero();
  }

  @Test
  void replayStartsAParkedDeliveryOverWithItsOwnVersion() {
    Delivery delivery = parked();
    Instant now = T0.plusSeconds(60);
    assertThat(delivery.replay(now)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.attempts()).isZero();
    assertThat(delivery.nextAttemptAt()).isEqualTo(now);
    assertThat(delivery.routeVersion()).isEqualTo(1);
  }

  @Test
  void onlyParkedDeliveriesAreReplayed() {
    assertThat(claimed().replay(T0)).isFalse();
    assertThat(newDelivery(DeliveryPattern.DIRECT_API).replay(T0)).isFalse();
  }

  @Test
  void replayOntoTheCurrentVersionRebindsAndNotesTheChange() {
    Delivery delivery = parked();
    var note = delivery.replayOnto(Routes.version(3, DeliveryPattern.FILE_EXPORT), "it-admin", T0);
    assertThat(note).contains("現在の設定で再送（it-admin）: 版 1 → 版 3");
    assertThat(delivery.routeVersion()).isEqualTo(3);
    assertThat(delivery.pattern()).isEqualTo(DeliveryPattern.FILE_EXPORT);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
  }

  @Test
  void replayOntoAManualVersionWaitsForAClerk() {
    Delivery delivery = parked();
    delivery.replayOnto(Routes.version(2, DeliveryPattern.MANUAL), "it-admin", T0);
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.WAITING_MANUAL);
  }

  @Test
  void replayOntoIsRefusedForAnotherRouteOrANonParkedDelivery() {
    Delivery delivery = parked();
    assertThat(delivery.replayOnto(Routes.ofOtherRoute(DeliveryPattern.DIRECT_API), "a", T0))
        .isEmpty();
    assertThat(delivery.routeVersion()).isEqualTo(1);
    assertThat(claimed().replayOnto(Routes.version(2, DeliveryPattern.DIRECT_API), "a", T0))
        .isEmpty();
  }

  @Test
  void aClerkConfirmsAManualDeliveryOnce() {
    Delivery delivery = newDelivery(DeliveryPattern.MANUAL);
    assertThat(delivery.confirmManually("KIKAN-1", T0)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.coreReference()).isEqualTo("KIKAN-1");
    assertThat(delivery.confirmManually("KIKAN-2", T0)).isFalse();
    assertThat(delivery.coreReference()).isEqualTo("KIKAN-1");
  }

  @Test
  void onlyPendingBatchDeliveriesAreAddedToABatch() {
    UUID batch = UUID.randomUUID();
    Delivery delivery = newDelivery(DeliveryPattern.BATCH);
    assertThat(delivery.addToBatch(batch, T0)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.IN_BATCH);
    assertThat(delivery.batchId()).isEqualTo(batch);
    assertThat(delivery.addToBatch(UUID.randomUUID(), T0)).isFalse();
    assertThat(newDelivery(DeliveryPattern.DIRECT_API).addToBatch(batch, T0)).isFalse();
  }

  @Test
  void acknowledgingTheBatchDeliversItsDeliveries() {
    UUID batch = UUID.randomUUID();
    Delivery delivery = newDelivery(DeliveryPattern.BATCH);
    delivery.addToBatch(batch, T0);
    assertThat(delivery.acknowledge(UUID.randomUUID(), T0)).isFalse();
    assertThat(delivery.acknowledge(batch, T0)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.coreReference()).isEqualTo("batch:" + batch);
  }

  @Test
  void aRejectedBatchRowGoesBackToClerksFlaggedWithTheReason() {
    Delivery delivery = newDelivery(DeliveryPattern.BATCH);
    delivery.addToBatch(UUID.randomUUID(), T0);
    assertThat(delivery.rejectInBatch("住所不一致", T0)).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PARKED);
    assertThat(delivery.lastError()).isEqualTo(Delivery.REJECTED_BY_BATCH);
    assertThat(delivery.flaggedReason()).isEqualTo("一括取込で差し戻し: 住所不一致");
    assertThat(delivery.rejectInBatch("again", T0)).isFalse();
  }

  @Test
  void releasingTheBatchOffersItsDeliveriesAgain() {
    UUID batch = UUID.randomUUID();
    Delivery delivery = newDelivery(DeliveryPattern.BATCH);
    delivery.addToBatch(batch, T0);
    assertThat(delivery.releaseFrom(batch, T0.plusSeconds(1))).isTrue();
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(delivery.batchId()).isNull();
    assertThat(delivery.releaseFrom(batch, T0)).isFalse();
  }

  @Test
  void theBulkBatchMovesAreTheSameAsTheSingleTransitions() {
    assertThat(Delivery.ADD_TO_BATCH)
        .isEqualTo(new StatusMove(DeliveryStatus.PENDING, DeliveryStatus.IN_BATCH));
    assertThat(Delivery.RELEASE_FROM_BATCH)
        .isEqualTo(new StatusMove(DeliveryStatus.IN_BATCH, DeliveryStatus.PENDING));
  }

  @Test
  void aFlagForClerkReviewIsKeptShort() {
    Delivery delivery = newDelivery(DeliveryPattern.FILE_EXPORT);
    delivery.flag("外字".repeat(1000), T0);
    assertThat(delivery.flaggedReason()).hasSize(Delivery.MAX_TEXT);
  }
}
