package jp.madoguchi.integration.portal;

import java.net.URI;
import java.time.Duration;

/** Where and how to reach the portal API, and how often to poll it. */
public record PortalConnection(
    URI baseUrl,
    String username,
    String password,
    Duration interval,
    Duration maxBackoff,
    Duration requestTimeout) {

  public PortalConnection {
    if (interval.isNegative() || interval.isZero() || maxBackoff.compareTo(interval) < 0) {
      throw new IllegalArgumentException("poll interval must be positive and ≤ max backoff");
    }
  }

  /** {@code path} (starting with /) resolved below the base URL, which may carry a path itself. */
  URI resolve(String path) {
    String base = baseUrl.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }
}
