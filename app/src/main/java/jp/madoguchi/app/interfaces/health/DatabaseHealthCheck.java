package jp.madoguchi.app.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import jp.madoguchi.app.infrastructure.persistence.MadoguchiDataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** UP while a database connection can be had and answers within two seconds. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  @Resource(lookup = MadoguchiDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      return response.status(connection.isValid(2)).build();
    } catch (Exception e) {
      return response.down().withData("error", "データベースに接続できません").build();
    }
  }
}
