package jp.madoguchi.app.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyAdmissionTest {

  private static BodyAdmission admission(long bytes) {
    BodyAdmission admission = new BodyAdmission();
    admission.configuredBytes = bytes;
    admission.waitMillis = 50;
    admission.init();
    return admission;
  }

  @Test
  void smallBodiesAreNeverCountedNorRefused() throws Exception {
    BodyAdmission admission = admission(100 * 1024);
    BodyAdmission.Ticket whole = admission.ticket();
    assertThat(whole.cover(100 * 1024)).isTrue();

    assertThat(admission.ticket().cover(BodyAdmission.SMALL_BODY_BYTES)).isTrue();
  }

  @Test
  void aLargeBodyWaitsBrieflyThenIsRefusedWhileTheBudgetIsTakenAndAdmittedOnceReleased()
      throws Exception {
    BodyAdmission admission = admission(3 * 1024 * 1024);
    BodyAdmission.Ticket first = admission.ticket();
    BodyAdmission.Ticket second = admission.ticket();
    BodyAdmission.Ticket third = admission.ticket();

    assertThat(first.cover(1_400_000)).isTrue();
    assertThat(second.cover(1_400_000)).isTrue();
    assertThat(third.cover(1_400_000)).isFalse();

    first.release();
    assertThat(third.cover(1_400_000)).isTrue();
  }

  @Test
  void aBodyLargerThanTheWholeBudgetIsAdmittedAloneAndGrowingCoverageCountsOnlyTheDifference()
      throws Exception {
    BodyAdmission admission = admission(2 * 1024 * 1024);
    BodyAdmission.Ticket huge = admission.ticket();
    assertThat(huge.cover(25_000_000)).isTrue();
    assertThat(admission.ticket().cover(100_000)).isFalse();
    huge.release();
    huge.release();

    BodyAdmission.Ticket growing = admission.ticket();
    assertThat(growing.cover(300_000)).isTrue();
    assertThat(growing.cover(1_000_000)).isTrue();
    assertThat(growing.cover(900_000)).isTrue();
    assertThat(admission.ticket().cover(1_200_000)).isFalse();
    assertThat(admission.ticket().cover(1_000_000)).isTrue();
  }
}
