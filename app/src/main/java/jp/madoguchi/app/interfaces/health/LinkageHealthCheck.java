package jp.madoguchi.app.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.madoguchi.app.infrastructure.linkage.LinkageEngineStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP while the linkage engine (Camel) runs and delivers. */
@Readiness
@ApplicationScoped
public class LinkageHealthCheck implements HealthCheck {

  @Inject LinkageEngineStatus engine;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("linkage").status(engine.isRunning()).build();
  }
}
