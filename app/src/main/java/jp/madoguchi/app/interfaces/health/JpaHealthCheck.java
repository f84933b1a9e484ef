package jp.madoguchi.app.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.madoguchi.app.infrastructure.persistence.PersistenceProbe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP while JPA (the application's pooled data source and persistence unit) answers a query. */
@Readiness
@ApplicationScoped
public class JpaHealthCheck implements HealthCheck {

  private final Probe probe = new Probe("jpa");

  @Resource ManagedExecutorService executor;
  @Inject PersistenceProbe persistence;

  @Override
  public HealthCheckResponse call() {
    return probe.run(
        executor,
        () -> {
          persistence.query();
          return null;
        },
        "永続化層（JPA）がデータベースに問い合わせできません");
  }
}
