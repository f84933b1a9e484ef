package jp.madoguchi.app.infrastructure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.integration.portal.PollReport;
import jp.madoguchi.integration.portal.PortalPullEngine;
import jp.madoguchi.integration.portal.PortalPullStatus;

/**
 * The running pull engine for the REST API and the health check: a plain CDI bean, so requests
 * never wait on the start-up EJB that owns the engine.
 */
@ApplicationScoped
public class PortalPullControl {

  private volatile PortalPullEngine engine;

  public void track(PortalPullEngine running) {
    this.engine = running;
  }

  public boolean isRunning() {
    PortalPullEngine current = engine;
    return current != null && current.isRunning();
  }

  public Optional<PortalPullStatus.Snapshot> status() {
    PortalPullEngine current = engine;
    return current == null ? Optional.empty() : Optional.of(current.status());
  }

  /** One poll now (IT staff, tests); 503 when the pull is not configured. */
  public PollReport pollNow() {
    PortalPullEngine current = engine;
    if (current == null || !current.isRunning()) {
      throw new ApplicationProblem(
          ProblemType.UNAVAILABLE, "ポータルからの取得は設定されていません（madoguchi.portal.enabled / base-url）");
    }
    return current.pollNow();
  }
}
