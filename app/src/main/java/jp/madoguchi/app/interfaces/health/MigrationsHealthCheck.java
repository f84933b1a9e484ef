package jp.madoguchi.app.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.madoguchi.app.infrastructure.persistence.SchemaStatus;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP once the Flyway migrations of this version were applied at boot, with the schema version. */
@Readiness
@ApplicationScoped
public class MigrationsHealthCheck implements HealthCheck {

  @Inject SchemaStatus schema;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("migrations");
    return schema
        .version()
        .map(version -> response.up().withData("schemaVersion", version))
        .orElseGet(() -> response.down().withData("error", "データベースの移行（マイグレーション）が完了していません"))
        .build();
  }
}
