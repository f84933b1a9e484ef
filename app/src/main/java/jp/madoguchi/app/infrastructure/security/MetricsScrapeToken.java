package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The token a metrics scraper (Prometheus) sends as {@code Authorization: Bearer …} to read {@code
 * /metrics} without an account: {@code madoguchi.metrics.token}, 32 characters or more; unset (the
 * default), only IT_ADMIN reads the metrics. It is good for nothing else.
 */
@ApplicationScoped
public class MetricsScrapeToken {

  /** The caller name of a scraper; no account can have it (names of accounts have no colon). */
  public static final String CALLER = "metrics:scrape-token";

  public static final String PATH = "/metrics";

  static final int MIN_LENGTH = 32;

  @Inject
  @ConfigProperty(name = "madoguchi.metrics.token")
  Optional<String> token;

  /** Whether the request is for the metrics endpoint (or below it). */
  public static boolean covers(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  /** Whether the presented token is the configured one (compared in constant time). */
  public boolean matches(String presented) {
    return token
        .filter(t -> t.length() >= MIN_LENGTH)
        .map(
            t ->
                MessageDigest.isEqual(
                    t.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8)))
        .orElse(false);
  }
}
