package jp.madoguchi.app.interfaces.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response: a Content-Security-Policy that allows only this origin's
 * files (no inline script, no framing by other sites), nosniff, and no caching of anything but the
 * script and style files under {@code /assets/}: the API, the session endpoints and the screens
 * showing them carry personal data and tokens.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' blob: data:; frame-src 'self' blob:; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    response.setHeader("Cache-Control", path.startsWith("/assets/") ? "no-cache" : "no-store");
    chain.doFilter(request, response);
  }
}
