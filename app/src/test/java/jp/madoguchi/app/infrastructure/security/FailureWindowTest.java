package jp.madoguchi.app.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowTest {

  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private final FailureWindow window = new FailureWindow(3, Duration.ofMinutes(5));

  @Test
  void anAddressIsBlockedAfterTheLastAllowedFailureForTheWindow() {
    window.failed("203.0.113.7", T0);
    window.failed("203.0.113.7", T0.plusSeconds(1));
    assertThat(window.blockedFor("203.0.113.7", T0.plusSeconds(2))).isEmpty();

    window.failed("203.0.113.7", T0.plusSeconds(2));

    assertThat(window.blockedFor("203.0.113.7", T0.plusSeconds(62)))
        .contains(Duration.ofMinutes(4));
  }

  @Test
  void otherAddressesAreNotBlocked() {
    for (int i = 0; i < 3; i++) {
      window.failed("203.0.113.7", T0);
    }

    assertThat(window.blockedFor("198.51.100.1", T0)).isEmpty();
  }

  @Test
  void theBlockEndsAfterTheWindowAndCountingStartsAgain() {
    for (int i = 0; i < 3; i++) {
      window.failed("203.0.113.7", T0);
    }
    Instant later = T0.plus(Duration.ofMinutes(5));

    assertThat(window.blockedFor("203.0.113.7", later)).isEmpty();
    window.failed("203.0.113.7", later);
    assertThat(window.blockedFor("203.0.113.7", later)).isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanAWindowDoNotBlock() {
    window.failed("203.0.113.7", T0);
    window.failed("203.0.113.7", T0.plusSeconds(10));
    window.failed("203.0.113.7", T0.plus(Duration.ofMinutes(6)));

    assertThat(window.blockedFor("203.0.113.7", T0.plus(Duration.ofMinutes(6)))).isEmpty();
  }
}
