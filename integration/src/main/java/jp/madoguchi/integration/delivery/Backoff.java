package jp.madoguchi.integration.delivery;

import java.time.Duration;
import java.util.Random;
import jp.madoguchi.integration.config.RetrySettings;

/**
 * Exponential backoff with full jitter: before the attempt that follows the n-th failure, wait a
 * uniformly random time between 0 and min(maxDelayMs, initialDelayMs × 2^(n−1)). Deterministic for
 * a seeded {@link Random}.
 */
public final class Backoff {

  private final RetrySettings retry;
  private final Random random;

  public Backoff(RetrySettings retry, Random random) {
    this.retry = retry;
    this.random = random;
  }

  /** The upper bound of the wait after {@code failedAttempts} failures (at least 1). */
  public Duration ceiling(int failedAttempts) {
    int doublings = Math.min(Math.max(failedAttempts, 1) - 1, 62);
    long ceiling = retry.initialDelayMs();
    for (int i = 0; i < doublings && ceiling < retry.maxDelayMs(); i++) {
      ceiling *= 2;
    }
    return Duration.ofMillis(Math.min(ceiling, retry.maxDelayMs()));
  }

  public Duration delayAfter(int failedAttempts) {
    long ceiling = ceiling(failedAttempts).toMillis();
    return Duration.ofMillis(ceiling == 0 ? 0 : random.nextLong(ceiling + 1));
  }
}
