package jp.madoguchi.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);

  @Test
  void requestsAreSpacedOneIntervalApart() {
    RateLimiter limiter = new RateLimiter(4, now::get);
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isEqualTo(250_000_000L);
    assertThat(limiter.reserve()).isEqualTo(500_000_000L);
  }

  @Test
  void anIdleEndpointHasNoBacklog() {
    RateLimiter limiter = new RateLimiter(2, now::get);
    limiter.reserve();
    now.addAndGet(5_000_000_000L);
    assertThat(limiter.reserve()).isZero();
  }

  @Test
  void zeroMeansUnlimited() {
    RateLimiter limiter = new RateLimiter(0, now::get);
    assertThat(limiter.reserve()).isZero();
    assertThat(limiter.reserve()).isZero();
  }
}
