package jp.madoguchi.integration.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PortalPullStatusTest {

  private static final Instant T0 = Instant.parse("2026-11-30T00:00:00Z");

  private final PortalPullStatus status =
      new PortalPullStatus(Duration.ofSeconds(60), Duration.ofSeconds(300));

  private static PollReport failure(Instant at) {
    return new PollReport(at, 0, 0, 0, 0, 0, 0, "ポータルに接続できません");
  }

  private static PollReport success(Instant at) {
    return new PollReport(at, 1, 1, 0, 0, 0, 1, null);
  }

  @Test
  void eachFailureDoublesTheWaitUpToTheMaximum() {
    assertThat(status.backoff(1)).isEqualTo(Duration.ofSeconds(60));
    assertThat(status.backoff(2)).isEqualTo(Duration.ofSeconds(120));
    assertThat(status.backoff(3)).isEqualTo(Duration.ofSeconds(240));
    assertThat(status.backoff(4)).isEqualTo(Duration.ofSeconds(300));
    assertThat(status.backoff(40)).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void scheduledPollsAreSkippedWhileBackingOff() {
    status.record(failure(T0));
    status.record(failure(T0.plusSeconds(60)));

    assertThat(status.isDue(T0.plusSeconds(179))).isFalse();
    assertThat(status.isDue(T0.plusSeconds(180))).isTrue();
    assertThat(status.snapshot().consecutiveFailures()).isEqualTo(2);
    assertThat(status.snapshot().backingOffUntil()).isEqualTo(T0.plusSeconds(180));
  }

  @Test
  void aSuccessEndsTheBackoffAndIsTheLastSuccessfulPoll() {
    status.record(failure(T0));
    PollReport ok = success(T0.plusSeconds(90));

    status.record(ok);

    assertThat(status.isDue(T0.plusSeconds(91))).isTrue();
    assertThat(status.snapshot().lastSuccess()).isEqualTo(ok);
    assertThat(status.snapshot().consecutiveFailures()).isZero();
    assertThat(status.snapshot().backingOffUntil()).isNull();
  }
}
