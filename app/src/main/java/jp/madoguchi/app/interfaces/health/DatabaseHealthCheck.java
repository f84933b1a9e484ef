package jp.madoguchi.app.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import jp.madoguchi.app.infrastructure.persistence.JdbcUrlDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP while the configured database accepts a connection and answers. The check opens a connection
 * of its own with a one-second login timeout (not one from the pool, whose allocation retries for
 * seconds while the database is away) and is bounded by {@link Probe}.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private final Probe probe = new Probe("database");

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    return probe.run(executor, DatabaseHealthCheck::connect, "データベースに接続できません");
  }

  private static String connect() throws SQLException {
    try (Connection connection = JdbcUrlDataSource.connectWithin(1)) {
      if (!connection.isValid(1)) {
        throw new SQLException("connection not valid");
      }
      return null;
    }
  }
}
