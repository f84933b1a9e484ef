package jp.madoguchi.integration.config;

import java.net.URI;
import java.util.Map;

/**
 * The core system's endpoint for DIRECT_API: URL, request timeout (also the connect timeout),
 * requests per second (0 = unlimited) and extra request headers (e.g. an API key header).
 */
public record ApiSettings(URI url, int timeoutMs, int maxPerSecond, Map<String, String> headers) {

  public static final int DEFAULT_TIMEOUT_MS = 10_000;

  public ApiSettings {
    InvalidRouteConfigException.required(url, "url");
    timeoutMs = timeoutMs == 0 ? DEFAULT_TIMEOUT_MS : timeoutMs;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** The same settings with other headers. */
  public ApiSettings withHeaders(Map<String, String> other) {
    return new ApiSettings(url, timeoutMs, maxPerSecond, other);
  }
}
