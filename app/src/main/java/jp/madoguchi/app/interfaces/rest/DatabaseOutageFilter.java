package jp.madoguchi.app.interfaces.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import jp.madoguchi.app.infrastructure.persistence.DatabaseUnreachable;
import jp.madoguchi.app.infrastructure.web.DatabaseOutage;

/**
 * Servlets outside JAX-RS (the web UI's login and session endpoints) that fail because the database
 * cannot be reached answer 503 problem+json like the API ({@link ProblemMapper}), not the
 * container's HTML 500.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (!DatabaseUnreachable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warning("database unreachable, answered 503");
      DatabaseOutage.send(response);
    }
  }
}
