package jp.madoguchi.app.domain.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DeliveryTallyTest {

  @Test
  void anApplicationWithoutDeliveriesIsNotAllDelivered() {
    assertThat(DeliveryTally.NONE.allDelivered()).isFalse();
  }

  @Test
  void deliveriesAllDeliveredAreAllDelivered() {
    assertThat(DeliveryTally.NONE.plus(DeliveryStatus.DELIVERED, 3).allDelivered()).isTrue();
  }

  @Test
  void oneOpenDeliveryKeepsTheApplicationFromBeingLinked() {
    for (DeliveryStatus open : DeliveryStatus.values()) {
      if (open != DeliveryStatus.DELIVERED) {
        DeliveryTally tally = DeliveryTally.NONE.plus(DeliveryStatus.DELIVERED, 2).plus(open, 1);
        assertThat(tally.allDelivered()).as(open.name()).isFalse();
      }
    }
  }

  @Test
  void countsAddUpPerStatusAndZeroCountsAreLeftOut() {
    DeliveryTally tally =
        new DeliveryTally(Map.of(DeliveryStatus.PENDING, 0L))
            .plus(DeliveryStatus.DELIVERED, 1)
            .plus(DeliveryStatus.DELIVERED, 2);
    assertThat(tally.counts()).containsExactly(Map.entry(DeliveryStatus.DELIVERED, 3L));
    assertThat(tally.allDelivered()).isTrue();
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> new DeliveryTally(Map.of(DeliveryStatus.DELIVERED, -1L)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
