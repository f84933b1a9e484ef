package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The web UI's session cookie carries the Secure flag whenever the login came over HTTPS (directly
 * or through a trusted TLS-terminating proxy saying {@code X-Forwarded-Proto: https}), and always
 * when {@code madoguchi.session.secure-cookie=true}.
 */
@ApplicationScoped
public class SessionCookiePolicy {

  /** The session cookie's name (web.xml). */
  public static final String SESSION_COOKIE = "MADOGUCHI_SESSION";

  @Inject ClientConnection connection;

  @Inject
  @ConfigProperty(name = "madoguchi.session.secure-cookie", defaultValue = "false")
  boolean alwaysSecure;

  /** Marks the session cookie just set on the response Secure, when it should be. */
  public void apply(HttpServletRequest request, HttpServletResponse response) {
    if (alwaysSecure || connection.overHttps(request)) {
      List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
      for (int i = 0; i < cookies.size(); i++) {
        String cookie = secure(cookies.get(i));
        if (i == 0) {
          response.setHeader("Set-Cookie", cookie);
        } else {
          response.addHeader("Set-Cookie", cookie);
        }
      }
    }
  }

  static String secure(String cookie) {
    boolean session = cookie.startsWith(SESSION_COOKIE + "=");
    boolean already = cookie.toLowerCase(Locale.ROOT).matches(".*;\\s*secure(;.*|$)");
    return session && !already ? cookie + "; Secure" : cookie;
  }
}
