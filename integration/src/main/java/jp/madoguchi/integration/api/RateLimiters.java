package jp.madoguchi.integration.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.integration.config.ApiSettings;

/**
 * One {@link RateLimiter} per endpoint and limit, so deliveries of all route versions that share an
 * endpoint share its budget, and a changed limit takes effect without a restart.
 */
public final class RateLimiters {

  private record Key(String url, int maxPerSecond) {}

  private final Map<Key, RateLimiter> limiters = new ConcurrentHashMap<>();

  public RateLimiter forRoute(ApiSettings api) {
    Key key = new Key(api.url().toString(), api.maxPerSecond());
    return limiters.computeIfAbsent(key, k -> new RateLimiter(k.maxPerSecond()));
  }
}
