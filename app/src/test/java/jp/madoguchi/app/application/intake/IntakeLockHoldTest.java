package jp.madoguchi.app.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IntakeLockHoldTest {

  @Test
  void bucketsRiseTenPerDecadeFromATenthOfAMillisecondToTenSeconds() {
    assertThat(IntakeLockHold.BOUNDS).hasSize(51).isSorted();
    assertThat(IntakeLockHold.BOUNDS[0]).isEqualTo(0.0001);
    assertThat(IntakeLockHold.BOUNDS[10]).isEqualTo(0.001);
    assertThat(IntakeLockHold.BOUNDS[50]).isEqualTo(10.0);
    for (int i = 1; i < IntakeLockHold.BOUNDS.length; i++) {
      assertThat(IntakeLockHold.BOUNDS[i] / IntakeLockHold.BOUNDS[i - 1]).isBetween(1.2, 1.3);
    }
  }

  @Test
  void aHoldCountsInEveryBucketFromTheSmallestBoundThatHoldsIt() {
    assertThat(IntakeLockHold.firstBoundHolding(0.00005)).isZero();
    assertThat(IntakeLockHold.firstBoundHolding(0.001)).isEqualTo(10);
    assertThat(IntakeLockHold.firstBoundHolding(0.0011)).isEqualTo(11);
    assertThat(IntakeLockHold.firstBoundHolding(0.0021)).isEqualTo(14);
    assertThat(IntakeLockHold.firstBoundHolding(11.0)).isEqualTo(IntakeLockHold.BOUNDS.length);
  }

  @Test
  void labelsArePlainDecimalSeconds() {
    assertThat(Arrays.stream(IntakeLockHold.BOUNDS).mapToObj(IntakeLockHold::label))
        .contains("0.0001", "0.00125", "0.0032", "0.063", "1", "10")
        .doesNotHaveDuplicates();
  }
}
