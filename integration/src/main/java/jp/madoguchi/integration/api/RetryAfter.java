package jp.madoguchi.integration.api;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP-date; at most one day. */
final class RetryAfter {

  private static final Duration LIMIT = Duration.ofDays(1);

  private RetryAfter() {}

  static Optional<Duration> parse(Optional<String> header, Clock clock) {
    return header.map(String::trim).flatMap(value -> parse(value, clock)).map(RetryAfter::capped);
  }

  private static Optional<Duration> parse(String value, Clock clock) {
    if (value.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Duration capped(Duration wait) {
    return wait.compareTo(LIMIT) > 0 ? LIMIT : wait;
  }
}
