package jp.madoguchi.integration.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import jp.madoguchi.integration.config.RetrySettings;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final RetrySettings retry = new RetrySettings(10, 1_000, 30_000);

  @Test
  void theCeilingDoublesFromTheInitialDelayUpToTheMaximum() {
    Backoff backoff = new Backoff(retry, new Random(1));
    assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.ceiling(99)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void fullJitterStaysBetweenZeroAndTheCeiling() {
    Backoff backoff = new Backoff(retry, new Random(7));
    for (int failures = 1; failures < 20; failures++) {
      assertThat(backoff.delayAfter(failures)).isBetween(Duration.ZERO, backoff.ceiling(failures));
    }
  }

  @Test
  void theSameSeedGivesTheSameDelays() {
    Backoff a = new Backoff(retry, new Random(42));
    Backoff b = new Backoff(retry, new Random(42));
    for (int failures = 1; failures < 8; failures++) {
      assertThat(a.delayAfter(failures)).isEqualTo(b.delayAfter(failures));
    }
  }
}
