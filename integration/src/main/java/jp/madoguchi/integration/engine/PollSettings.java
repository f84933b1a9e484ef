package jp.madoguchi.integration.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How the routes poll the queue: the pause between polls, how many deliveries one poll claims, the
 * lease a claim holds (longer than the slowest attempt, so a live worker keeps its work), and how
 * many finished FILE_EXPORT deliveries are recorded in one transaction ({@code groupSize}; a
 * FILE_EXPORT poll claims that many and polls again at once while it finds work).
 */
public record PollSettings(Duration delay, int batchSize, Duration lease, int groupSize) {

  /** Finished files recorded per transaction unless configured. */
  public static final int DEFAULT_GROUP_SIZE = 100;

  public static final PollSettings DEFAULT =
      new PollSettings(Duration.ofSeconds(5), 20, Duration.ofMinutes(5));

  public PollSettings {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(lease, "lease");
    if (delay.isNegative()
        || delay.isZero()
        || batchSize < 1
        || lease.isNegative()
        || groupSize < 1) {
      throw new IllegalArgumentException(
          "delay and lease must be positive, batchSize and groupSize at least 1");
    }
  }

  /** With the default group size. */
  public PollSettings(Duration delay, int batchSize, Duration lease) {
    this(delay, batchSize, lease, DEFAULT_GROUP_SIZE);
  }
}
