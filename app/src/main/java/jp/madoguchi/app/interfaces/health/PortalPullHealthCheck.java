package jp.madoguchi.app.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.madoguchi.app.application.portal.PortalSettings;
import jp.madoguchi.app.infrastructure.portal.PortalPullControl;
import jp.madoguchi.integration.portal.PortalPullStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The portal pull: UP when disabled or running (a portal that is down does not make Madoguchi
 * unready; it shows as consecutive failures and backoff), with the last successful poll.
 */
@Readiness
@ApplicationScoped
public class PortalPullHealthCheck implements HealthCheck {

  @Inject PortalSettings settings;
  @Inject PortalPullControl pull;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("portal-pull").withData("enabled", settings.enabled());
    if (!settings.enabled()) {
      return response.up().build();
    }
    pull.status().ifPresent(status -> describe(response, status));
    return response.status(pull.isRunning()).build();
  }

  private static void describe(HealthCheckResponseBuilder response, PortalPullStatus.Snapshot s) {
    response.withData(
        "lastSuccessfulPoll", s.lastSuccess() == null ? "" : s.lastSuccess().at().toString());
    response.withData("consecutiveFailures", s.consecutiveFailures());
    if (s.lastFailure() != null) {
      response.withData("lastFailure", s.lastFailure().at().toString());
      response.withData("lastError", s.lastFailure().error());
    }
    if (s.backingOffUntil() != null) {
      response.withData("backingOffUntil", s.backingOffUntil().toString());
    }
  }
}
