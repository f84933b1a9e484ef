package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ApiClientTokens;
import jp.madoguchi.app.infrastructure.persistence.DatabaseUnreachable;
import jp.madoguchi.app.infrastructure.web.DatabaseOutage;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;

/**
 * HTTP Basic for API clients, and the web UI's session login for browsers. A request with an {@code
 * Authorization} header is judged by it alone; wrong credentials are refused here with a
 * problem+json 401. A request without one but with a logged-in session is that session's user, and
 * must carry the session's CSRF token when it changes state (else 403). Anything else goes on
 * anonymously (the resource decides whether that is enough). An address that failed too often with
 * credentials that lock no account gets 429 before its credentials are looked at ({@link
 * LoginThrottle}); a bearer token equal to the metrics scrape token is accepted on {@code /metrics}
 * only ({@link MetricsScrapeToken}).
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String CHALLENGE = "Basic realm=\"Madoguchi\", charset=\"UTF-8\"";

  @Inject IdentityStoreHandler identityStores;
  @Inject VerifiedCredentialCache verified;
  @Inject ApiClientTokens apiClients;
  @Inject LoginThrottle throttle;
  @Inject MetricsScrapeToken scrapeToken;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      if (!DatabaseUnreachable.causedBy(e)) {
        throw e;
      }
      // Credentials or tokens could not be looked up: 503 problem+json, not the container's 500.
      try {
        DatabaseOutage.send(response);
      } catch (IOException gone) {
        // The client went away; nothing more to tell it.
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return fromSession(request, response, context);
    }
    Optional<Duration> throttled = throttle.refusal(request);
    if (throttled.isPresent()) {
      response.setHeader("Retry-After", Long.toString(LoginThrottle.seconds(throttled.get())));
      return send(response, LoginThrottle.problem(throttled.get()));
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return fromBearerToken(header.substring(7).trim(), request, response, context);
    }
    String[] login = basicCredentials(header);
    if (login == null) {
      return refuse(response, "Authorization ヘッダーの形式が正しくありません");
    }
    Set<String> groups =
        verified.verify(
            login[0],
            login[1],
            () -> {
              CredentialValidationResult result =
                  identityStores.validate(new UsernamePasswordCredential(login[0], login[1]));
              return result.getStatus() == CredentialValidationResult.Status.VALID
                  ? result.getCallerGroups()
                  : null;
            });
    if (groups == null) {
      throttle.failed(request, login[0]);
      return refuse(response, "ユーザー名またはパスワードが正しくありません");
    }
    return context.notifyContainerAboutLogin(login[0], groups);
  }

  /** API clients created by IT staff; the client's name is the caller. */
  private AuthenticationStatus fromBearerToken(
      String token,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context) {
    if (MetricsScrapeToken.covers(request) && scrapeToken.matches(token)) {
      return context.notifyContainerAboutLogin(MetricsScrapeToken.CALLER, Set.of());
    }
    return apiClients
        .authenticate(token)
        .map(
            client ->
                context.notifyContainerAboutLogin(
                    "api-client:" + client.name(),
                    client.roles().stream().map(Enum::name).collect(Collectors.toSet())))
        .orElseGet(
            () -> {
              throttle.failed(request, null);
              return refuse(response, "APIトークンが無効です（期限切れ・失効を含む）");
            });
  }

  private static AuthenticationStatus fromSession(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SessionLogin login = SessionLogin.of(request);
    if (login == null || SessionLogin.LOGIN_PATH.equals(request.getServletPath())) {
      return context.doNothing();
    }
    if (SessionLogin.changesState(request) && !login.csrfTokenMatches(request)) {
      return refuseForgery(response);
    }
    return context.notifyContainerAboutLogin(login.username(), login.roles());
  }

  private static String[] basicCredentials(String header) {
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", CHALLENGE);
    return send(response, ProblemDocument.of(ProblemType.UNAUTHENTICATED, detail));
  }

  private static AuthenticationStatus refuseForgery(HttpServletResponse response) {
    return send(
        response,
        ProblemDocument.of(ProblemType.FORBIDDEN, "CSRFトークンがないか正しくありません。画面を再読み込みしてから操作してください"));
  }

  static AuthenticationStatus send(HttpServletResponse response, ProblemDocument problem) {
    try {
      response.setStatus(problem.status());
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setContentType(ProblemDocument.MEDIA_TYPE);
      response.getOutputStream().write(problem.toJsonBytes());
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
