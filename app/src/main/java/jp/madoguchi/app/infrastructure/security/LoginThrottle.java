package jp.madoguchi.app.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.LoginRecorder;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins that lock nothing — of machine accounts (PORTAL, BATCH), API tokens and unknown
 * names — are counted per source address: after {@code madoguchi.auth.throttle.max-failures} of
 * them within {@code madoguchi.auth.throttle.window-seconds}, that address gets 429 for every login
 * attempt for as long, without its credentials being checked. The account itself is never locked,
 * so callers from other addresses keep working. People's accounts keep their lockout.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

  @Inject ClientConnection connection;
  @Inject LoginRecorder logins;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "madoguchi.auth.throttle.max-failures", defaultValue = "10")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "madoguchi.auth.throttle.window-seconds", defaultValue = "300")
  int windowSeconds;

  private FailureWindow failures;

  @PostConstruct
  void init() {
    failures = new FailureWindow(maxFailures, Duration.ofSeconds(windowSeconds));
  }

  /** How long the request's address must wait before trying to log in again, if it must. */
  public Optional<Duration> refusal(HttpServletRequest request) {
    return failures.blockedFor(connection.address(request), clock.instant());
  }

  /** Counts a failed login (username null for a bearer token) unless it locks an account. */
  public void failed(HttpServletRequest request, String username) {
    if (username == null || !logins.locksOnFailure(username)) {
      String address = connection.address(request);
      failures.failed(address, clock.instant());
      if (failures.blockedFor(address, clock.instant()).isPresent()) {
        LOG.warning("login attempts from one address throttled after repeated failures");
      }
    }
  }

  /** The 429 problem for a throttled address. */
  public static ProblemDocument problem(Duration retryAfter) {
    return ProblemDocument.of(
        ProblemType.TOO_MANY_REQUESTS,
        "この接続元からの認証の失敗が多すぎます。" + seconds(retryAfter) + "秒後に再度お試しください");
  }

  /** Whole seconds to wait, at least one (for the Retry-After header). */
  public static long seconds(Duration retryAfter) {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
