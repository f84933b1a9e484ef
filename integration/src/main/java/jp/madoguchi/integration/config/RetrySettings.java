package jp.madoguchi.integration.config;

/**
 * How often a failing delivery is tried before it is PARKED, and the exponential backoff between
 * attempts (from {@code initialDelayMs}, doubling, at most {@code maxDelayMs}, with full jitter).
 */
public record RetrySettings(int maxAttempts, long initialDelayMs, long maxDelayMs) {

  public static final RetrySettings DEFAULT = new RetrySettings(8, 30_000, 3_600_000);
  public static final int MAX_ATTEMPTS_LIMIT = 100;
  public static final long MAX_DELAY_LIMIT_MS = 86_400_000;
}
