package jp.madoguchi.app.domain.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BatchTest {

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Instant LEASE_END = T0.plusSeconds(3600);

  private static Batch open() {
    return Batch.open("DIS-01", "batch-job", 4, "text/csv; charset=windows-31j", T0, LEASE_END);
  }

  @Test
  void aNewBatchIsOpenAndLeasedToItsJob() {
    Batch batch = open();
    assertThat(batch.isOpen()).isTrue();
    assertThat(batch.rowCount()).isEqualTo(4);
    assertThat(batch.leaseRanOut(LEASE_END)).isFalse();
    assertThat(batch.leaseRanOut(LEASE_END.plusSeconds(1))).isTrue();
    assertThat(batch.myNumberExported()).isFalse();
  }

  @Test
  void anEmptyBatchOrOneWithoutALeaseIsRefused() {
    assertThatThrownBy(() -> Batch.open("DIS-01", "job", 0, "text/csv", T0, LEASE_END))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Batch.open("DIS-01", "job", 1, "text/csv", T0, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acknowledgingClosesTheBatchOnce() {
    Batch batch = open();
    batch.acknowledge(T0.plusSeconds(10));
    assertThat(batch.isOpen()).isFalse();
    assertThat(batch.leaseRanOut(LEASE_END.plusSeconds(1))).isFalse();
    assertThatThrownBy(() -> batch.acknowledge(T0.plusSeconds(20)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anExpiredBatchIsReleasedAndOffersItsDeliveriesAgain() {
    Batch batch = open();
    assertThat(batch.release(LEASE_END.plusSeconds(1))).isEqualTo(Delivery.RELEASE_FROM_BATCH);
    assertThat(batch.isOpen()).isFalse();
    assertThatThrownBy(() -> batch.acknowledge(LEASE_END.plusSeconds(2)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBatchWithinItsLeaseOrAlreadyClosedIsNotReleased() {
    Batch batch = open();
    assertThatThrownBy(() -> batch.release(T0.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
    batch.acknowledge(T0.plusSeconds(2));
    assertThatThrownBy(() -> batch.release(LEASE_END.plusSeconds(1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBatchNotesWhenItsFileCarriesMyNumbers() {
    Batch batch = open();
    batch.markMyNumberExported();
    assertThat(batch.myNumberExported()).isTrue();
  }
}
