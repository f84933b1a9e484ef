package jp.madoguchi.integration.portal;

import java.time.Duration;
import java.time.Instant;

/**
 * The pull's health: the last successful poll, and the backoff while the portal fails — the next
 * scheduled poll waits interval × 2^(failures−1), at most {@code maxBackoff}.
 */
public final class PortalPullStatus {

  private final Duration interval;
  private final Duration maxBackoff;
  private PollReport lastSuccess;
  private PollReport lastFailure;
  private int consecutiveFailures;
  private Instant nextDue = Instant.MIN;

  public PortalPullStatus(Duration interval, Duration maxBackoff) {
    this.interval = interval;
    this.maxBackoff = maxBackoff;
  }

  synchronized void record(PollReport report) {
    if (report.succeeded()) {
      lastSuccess = report;
      consecutiveFailures = 0;
      nextDue = Instant.MIN;
    } else {
      lastFailure = report;
      consecutiveFailures++;
      nextDue = report.at().plus(backoff(consecutiveFailures));
    }
  }

  /** Whether a scheduled poll should run now (false while backing off). */
  public synchronized boolean isDue(Instant now) {
    return !now.isBefore(nextDue);
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(
        lastSuccess, lastFailure, consecutiveFailures, nextDue == Instant.MIN ? null : nextDue);
  }

  Duration backoff(int failures) {
    Duration wait = interval;
    for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /** {@code backingOffUntil} is null when not backing off. */
  public record Snapshot(
      PollReport lastSuccess,
      PollReport lastFailure,
      int consecutiveFailures,
      Instant backingOffUntil) {}
}
