package jp.madoguchi.integration.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to deliver: when it started, how long it took, how it ended, and a short error text
 * (null when delivered) that carries statuses and column names, never personal data.
 */
public record Attempt(
    Instant startedAt, Duration duration, AttemptOutcome outcome, String errorText) {

  public Attempt {
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(outcome, "outcome");
  }
}
