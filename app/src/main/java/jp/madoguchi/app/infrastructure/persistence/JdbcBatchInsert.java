package jp.madoguchi.app.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.hibernate.Session;

/**
 * Inserts rows as one JDBC batch on the connection of the current transaction: the driver sends a
 * group's rows together instead of one round trip each.
 */
public final class JdbcBatchInsert {

  /** Sets one row's parameters on the insert statement. */
  @FunctionalInterface
  public interface Row<T> {
    void bind(PreparedStatement insert, T row) throws SQLException;
  }

  private JdbcBatchInsert() {}

  public static <T> void insert(EntityManager em, String sql, Collection<T> rows, Row<T> row) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (T each : rows) {
                  row.bind(insert, each);
                  insert.addBatch();
                }
                insert.executeBatch();
              }
            });
  }
}
