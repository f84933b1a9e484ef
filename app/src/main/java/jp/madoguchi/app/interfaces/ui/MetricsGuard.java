package jp.madoguchi.app.interfaces.ui;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.infrastructure.security.ApiAuthenticationMechanism;
import jp.madoguchi.app.infrastructure.security.MetricsScrapeToken;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;
import jp.madoguchi.app.interfaces.metrics.OperatorMetrics;

/**
 * Payara serves MicroProfile Metrics at {@code /metrics} inside this web module: only IT_ADMIN or a
 * scraper with {@code madoguchi.metrics.token} may read them (401 anonymous, 403 other roles). The
 * operator gauges are read right before ({@link OperatorMetrics}). {@code /health} stays open for
 * load balancers and readiness probes; it carries no personal data.
 */
@WebFilter(urlPatterns = {MetricsScrapeToken.PATH, MetricsScrapeToken.PATH + "/*"})
public class MetricsGuard extends HttpFilter {

  @Inject OperatorMetrics metrics;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getUserPrincipal() == null) {
      response.setHeader("WWW-Authenticate", ApiAuthenticationMechanism.CHALLENGE);
      refuse(response, ProblemDocument.of(ProblemType.UNAUTHENTICATED, "メトリクスの取得には認証が必要です"));
      return;
    }
    if (!MetricsScrapeToken.CALLER.equals(request.getUserPrincipal().getName())
        && !request.isUserInRole(Role.IT_ADMIN_NAME)) {
      refuse(
          response,
          ProblemDocument.of(ProblemType.FORBIDDEN, "メトリクスは IT_ADMIN またはスクレイプ用トークンでのみ取得できます"));
      return;
    }
    metrics.refresh();
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, ProblemDocument problem)
      throws IOException {
    response.setStatus(problem.status());
    response.setContentType(ProblemDocument.MEDIA_TYPE);
    response.getOutputStream().write(problem.toJsonBytes());
  }
}
