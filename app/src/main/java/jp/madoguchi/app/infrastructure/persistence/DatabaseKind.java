package jp.madoguchi.app.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database the server runs on, asked once: the few statements that PostgreSQL can do in one
 * round trip (UPDATE … RETURNING, INSERT … ON CONFLICT DO UPDATE) take two on H2.
 */
@ApplicationScoped
public class DatabaseKind {

  @Resource(lookup = MadoguchiDataSource.JNDI_NAME)
  DataSource dataSource;

  private volatile Boolean postgreSql;

  public boolean isPostgreSql() {
    Boolean known = postgreSql;
    if (known == null) {
      known = ask(dataSource);
      postgreSql = known;
    }
    return known;
  }

  static boolean ask(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      return product.contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("database unreachable", e);
    }
  }
}
