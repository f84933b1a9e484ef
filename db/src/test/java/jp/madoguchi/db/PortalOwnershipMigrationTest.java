package jp.madoguchi.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

/**
 * V103: applications stored before it get their real submitter; refusals become rows of their own.
 */
class PortalOwnershipMigrationTest {

  @Test
  void existingApplicationsBelongToWhoeverTheirHistoryNamesAsSubmitter() throws SQLException {
    String url =
        "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      migrateTo(url, "90");
      assertSubmittersAfterMigration(
          connection, () -> MigrationsTest.migrate(url, "sa", "", "BINARY LARGE OBJECT"));
    }
  }

  @Test
  void existingApplicationsBelongToWhoeverTheirHistoryNamesAsSubmitterOnPostgreSql()
      throws SQLException {
    String url = System.getenv("MADOGUCHI_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "MADOGUCHI_TEST_PG_URL not set");
    String schema = "ownership_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(url)) {
      execute(connection, "CREATE SCHEMA " + schema);
      try {
        postgreSql(url, schema).target("90").load().migrate();
        connection.setSchema(schema);
        assertSubmittersAfterMigration(connection, () -> postgreSql(url, schema).load().migrate());
      } finally {
        execute(connection, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  /** Stores applications as intake did before V103, runs it, and checks each one's submitter. */
  private static void assertSubmittersAfterMigration(Connection connection, Runnable migrateRest)
      throws SQLException {
    UUID pushed = received(connection, "api-client:city");
    UUID demo = received(connection, "demo");
    UUID pulled = received(connection, "portal");
    UUID withoutHistory = MigrationsTest.insertApplication(connection, "RECEIVED", "CC-01", NOW);
    execute(
        connection,
        "INSERT INTO portal_receipt (receipt_number, application_id, outcome, fetched_at)"
            + " SELECT receipt_number, id, 'STORED', received_at FROM application WHERE id = '"
            + pulled
            + "'");

    migrateRest.run();

    assertThat(submitter(connection, pushed)).isEqualTo("api-client:city");
    assertThat(submitter(connection, demo)).isEqualTo("portal");
    assertThat(submitter(connection, pulled)).isEqualTo("portal-pull");
    assertThat(submitter(connection, withoutHistory)).isEqualTo("unknown");
  }

  private static FluentConfiguration postgreSql(String url, String schema) {
    return Flyway.configure()
        .dataSource(url, null, null)
        .schemas(schema)
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .placeholders(Map.of("binary_type", "BYTEA"));
  }

  @Test
  void aRefusalRecordedUnderAnApplicationsReceiptNumberBecomesARefusalOfItsOwn()
      throws SQLException {
    String url =
        "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      migrateTo(url, "90");
      UUID pushed = received(connection, "portal");
      execute(
          connection,
          "INSERT INTO portal_receipt (receipt_number, outcome, reason, fetched_at)"
              + " SELECT receipt_number, 'REFUSED', '読み取れません', received_at FROM application"
              + " WHERE id = '"
              + pushed
              + "'");
      execute(
          connection,
          "INSERT INTO portal_receipt (receipt_number, outcome, reason, fetched_at)"
              + " VALUES ('UNKNOWN-1', 'REFUSED', NULL, CURRENT_TIMESTAMP)");

      MigrationsTest.migrate(url, "sa", "", "BINARY LARGE OBJECT");

      assertThat(rows(connection, "SELECT COUNT(*) FROM portal_receipt")).containsExactly("0");
      assertThat(rows(connection, "SELECT receipt_number, reason FROM portal_refusal ORDER BY id"))
          .containsExactlyInAnyOrder("R-" + pushed + " 読み取れません", "UNKNOWN-1 理由の記録なし");
    }
  }

  private static final String NOW = "2026-01-01 00:00:00+00";

  /** An application with the RECEIVED history row intake writes, naming {@code actor}. */
  private static UUID received(Connection connection, String actor) throws SQLException {
    UUID id = MigrationsTest.insertApplication(connection, "RECEIVED", "CC-01", NOW);
    execute(
        connection,
        "INSERT INTO status_change (application_id, to_status, actor, changed_at) VALUES ('"
            + id
            + "', 'RECEIVED', '"
            + actor
            + "', CURRENT_TIMESTAMP)");
    execute(
        connection,
        "INSERT INTO status_change (application_id, from_status, to_status, actor, changed_at)"
            + " VALUES ('"
            + id
            + "', 'RECEIVED', 'UNDER_REVIEW', 'clerk', CURRENT_TIMESTAMP)");
    return id;
  }

  private static String submitter(Connection connection, UUID id) throws SQLException {
    return rows(connection, "SELECT submitted_by FROM application WHERE id = '" + id + "'").get(0);
  }

  private static void migrateTo(String url, String target) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .placeholders(Map.of("binary_type", "BINARY LARGE OBJECT"))
        .target(target)
        .load()
        .migrate();
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder(rs.getString(1));
        for (int i = 2; i <= columns; i++) {
          row.append(' ').append(rs.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
