package jp.madoguchi.app.infrastructure.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key (a source address) in a fixed window: the {@code maxFailures}-th within
 * {@code window} blocks the key for {@code window}. Kept in memory, per node; bounded in size.
 */
public final class FailureWindow {

  private static final int MAX_KEYS = 50_000;

  private record Count(Instant since, int failures, Instant blockedUntil) {}

  private final int maxFailures;
  private final Duration window;
  private final ConcurrentHashMap<String, Count> counts = new ConcurrentHashMap<>();

  public FailureWindow(int maxFailures, Duration window) {
    if (maxFailures < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("maxFailures >= 1 and a positive window are required");
    }
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** How long the key is still blocked, if it is. */
  public Optional<Duration> blockedFor(String key, Instant now) {
    Count count = counts.get(key);
    if (count == null || count.blockedUntil() == null || !now.isBefore(count.blockedUntil())) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, count.blockedUntil()));
  }

  /** Counts a failure of the key. */
  public void failed(String key, Instant now) {
    if (counts.size() >= MAX_KEYS) {
      forgetExpired(now);
    }
    counts.compute(key, (k, count) -> next(count, now));
  }

  private Count next(Count count, Instant now) {
    if (count == null || !now.isBefore(end(count))) {
      count = new Count(now, 0, null);
    }
    int failures = count.failures() + 1;
    Instant blockedUntil =
        failures >= maxFailures && count.blockedUntil() == null
            ? now.plus(window)
            : count.blockedUntil();
    return new Count(count.since(), failures, blockedUntil);
  }

  /** When a count stops mattering: at the end of its window, or of its block. */
  private Instant end(Count count) {
    Instant windowEnd = count.since().plus(window);
    return count.blockedUntil() != null && count.blockedUntil().isAfter(windowEnd)
        ? count.blockedUntil()
        : windowEnd;
  }

  private void forgetExpired(Instant now) {
    counts.values().removeIf(count -> !now.isBefore(end(count)));
    if (counts.size() >= MAX_KEYS) {
      counts.clear();
    }
  }
}
