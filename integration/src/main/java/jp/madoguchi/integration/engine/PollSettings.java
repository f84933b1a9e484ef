package jp.madoguchi.integration.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the routes poll the queue: the pause between polls, how many deliveries one poll claims, and
 * the lease a claim holds (longer than the slowest attempt, so a live worker keeps its work).
 */
public record PollSettings(Duration delay, int batchSize, Duration lease) {

  public static final PollSettings DEFAULT =
      new PollSettings(Duration.ofSeconds(5), 20, Duration.ofMinutes(5));

  public PollSettings {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(lease, "lease");
    if (delay.isNegative() || delay.isZero() || batchSize < 1 || lease.isNegative()) {
      throw new IllegalArgumentException("delay and lease must be positive, batchSize at least 1");
    }
  }
}
