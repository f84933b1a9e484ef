package jp.madoguchi.app.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A web UI login held in the HTTP session: who logged in, with which roles, and the CSRF token that
 * every state-changing request of that session must echo in {@code X-CSRF-Token}.
 */
public record SessionLogin(String username, Set<String> roles, String csrfToken)
    implements Serializable {

  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** Where the UI logs in; a session there is replaced, so it is neither used nor checked. */
  public static final String LOGIN_PATH = "/ui/login";

  private static final String ATTRIBUTE = SessionLogin.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  public SessionLogin {
    roles = Set.copyOf(roles);
  }

  /** A fresh login with a new random CSRF token. */
  public static SessionLogin of(String username, Set<String> roles) {
    byte[] token = new byte[32];
    RANDOM.nextBytes(token);
    return new SessionLogin(
        username, roles, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
  }

  /** The login of the request's session, or null when there is none. */
  public static SessionLogin of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SessionLogin) session.getAttribute(ATTRIBUTE);
  }

  /** Stores this login in the request's session, under a new session id (no session fixation). */
  public void storeIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }

  public static void end(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** Whether the request carries this login's CSRF token (compared in constant time). */
  public boolean csrfTokenMatches(HttpServletRequest request) {
    String sent = request.getHeader(CSRF_HEADER);
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
  }

  /** POST, PUT, PATCH and DELETE change state; GET, HEAD and OPTIONS must not. */
  public static boolean changesState(HttpServletRequest request) {
    return switch (request.getMethod()) {
      case "GET", "HEAD", "OPTIONS" -> false;
      default -> true;
    };
  }
}
