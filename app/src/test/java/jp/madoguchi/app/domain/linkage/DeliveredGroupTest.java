package jp.madoguchi.app.domain.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.integration.config.DeliveryPattern;
import org.junit.jupiter.api.Test;

class DeliveredGroupTest {

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant DONE = T0.plusSeconds(2);

  /** A FILE_EXPORT delivery claimed at T0 under the given token. */
  private static Delivery claimed(String token) {
    Delivery delivery =
        Delivery.create(
            UUID.randomUUID(), "2026-000001", Routes.version(1, DeliveryPattern.FILE_EXPORT), T0);
    delivery.claim("node-a", token, T0.plus(Duration.ofMinutes(5)), T0);
    return delivery;
  }

  private static DeliveredGroup.Finish finish(Delivery delivery, String token, String review) {
    return new DeliveredGroup.Finish(delivery.id(), token, "f-" + token + ".csv", review);
  }

  @Test
  void everyDeliveryOfTheGroupBecomesDeliveredWithItsFileName() {
    Delivery a = claimed("a");
    Delivery b = claimed("b");
    DeliveredGroup group = new DeliveredGroup(List.of(finish(a, "a", null), finish(b, "b", null)));

    assertThat(group.finish(List.of(a, b), DONE)).containsExactly(a, b);
    assertThat(List.of(a, b))
        .allSatisfy(
            d -> {
              assertThat(d.status()).isEqualTo(DeliveryStatus.DELIVERED);
              assertThat(d.attempts()).isEqualTo(1);
              assertThat(d.leaseOwner()).isNull();
            });
    assertThat(a.coreReference()).isEqualTo("f-a.csv");
    assertThat(b.coreReference()).isEqualTo("f-b.csv");
  }

  @Test
  void aFileThatLostCharactersIsFlaggedForReviewAsItFinishes() {
    Delivery a = claimed("a");
    Delivery b = claimed("b");
    DeliveredGroup group =
        new DeliveredGroup(List.of(finish(a, "a", "外字を〓に置換: 氏名"), finish(b, "b", null)));

    group.finish(List.of(a, b), DONE);

    assertThat(a.flaggedReason()).isEqualTo("外字を〓に置換: 氏名");
    assertThat(b.flaggedReason()).isNull();
  }

  @Test
  void aDeliveryClaimedAgainMeanwhileIsLeftToItsNewClaim() {
    Delivery kept = claimed("a");
    Delivery taken = claimed("old");
    Instant later = T0.plus(Duration.ofMinutes(6));
    taken.claim("node-b", "new", later.plus(Duration.ofMinutes(5)), later);
    DeliveredGroup group =
        new DeliveredGroup(List.of(finish(kept, "a", null), finish(taken, "old", "外字")));

    assertThat(group.finish(List.of(kept, taken), later)).containsExactly(kept);
    assertThat(taken.status()).isEqualTo(DeliveryStatus.IN_PROGRESS);
    assertThat(taken.holdsLease("new")).isTrue();
    assertThat(taken.flaggedReason()).isNull();
  }

  @Test
  void aDeliveryTwiceInOneGroupOrOutsideItIsRefused() {
    Delivery a = claimed("a");
    assertThatThrownBy(
            () -> new DeliveredGroup(List.of(finish(a, "a", null), finish(a, "a", null))))
        .isInstanceOf(IllegalArgumentException.class);
    DeliveredGroup group = new DeliveredGroup(List.of(finish(a, "a", null)));
    assertThatThrownBy(() -> group.finish(List.of(claimed("b")), DONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
