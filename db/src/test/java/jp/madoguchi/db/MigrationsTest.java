package jp.madoguchi.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migrationsApplyCleanlyOnH2InPostgresMode() throws SQLException {
    String url =
        "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      migrate(url, "sa", "", "BINARY LARGE OBJECT");
      assertThat(tables(keepAlive))
          .contains(
              "app_user",
              "app_user_role",
              "application",
              "attachment",
              "status_change",
              "queue_count");
      assertThat(largeAttachmentFits(keepAlive)).isTrue();
    }
  }

  @Test
  void migrationsApplyCleanlyOnPostgreSql() throws SQLException {
    String url = System.getenv("MADOGUCHI_TEST_PG_URL");
    assumeTrue(url != null && !url.isBlank(), "MADOGUCHI_TEST_PG_URL not set");
    String schema = "migrations_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = DriverManager.getConnection(url)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      }
      try {
        Flyway.configure()
            .dataSource(url, null, null)
            .schemas(schema)
            .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
            .placeholders(Map.of("binary_type", "BYTEA"))
            .load()
            .migrate();
        connection.setSchema(schema);
        assertThat(largeAttachmentFits(connection)).isTrue();
      } finally {
        try (Statement statement = connection.createStatement()) {
          statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
  }

  @Test
  void queueCountsStartFromTheApplicationsStoredBeforeThem() throws SQLException {
    String url =
        "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      Flyway.configure()
          .dataSource(url, "sa", "")
          .placeholders(Map.of("binary_type", "BINARY LARGE OBJECT"))
          .target("60")
          .load()
          .migrate();
      // 23:30 and 00:30 in Japan on either side of midnight: different days of receipt
      insertApplication(connection, "RECEIVED", "CC-01", "2026-01-01 14:30:00+00");
      insertApplication(connection, "RECEIVED", "CC-01", "2026-01-01 15:30:00+00");
      insertApplication(connection, "RECEIVED", "CC-01", "2026-01-01 16:00:00+00");
      insertApplication(connection, "ACCEPTED", "CC-02", "2026-01-01 16:00:00+00");

      migrate(url, "sa", "", "BINARY LARGE OBJECT");

      java.util.List<String> rows = new java.util.ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT status, procedure_code, received_day, applications FROM queue_count"
                      + " ORDER BY status, procedure_code, received_day")) {
        while (rs.next()) {
          rows.add(
              rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getLong(4));
        }
      }
      long jan1 = java.time.LocalDate.of(2026, 1, 1).toEpochDay();
      assertThat(rows)
          .containsExactly(
              "ACCEPTED CC-02 " + (jan1 + 1) + " 1",
              "RECEIVED CC-01 " + jan1 + " 1",
              "RECEIVED CC-01 " + (jan1 + 1) + " 2");
    }
  }

  static UUID insertApplication(
      Connection connection, String status, String procedure, String receivedAt)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (var insert =
        connection.prepareStatement(
            "INSERT INTO application (id, receipt_number, procedure_code, definition_version,"
                + " municipality_code, status, version, submitted_at, received_at, updated_at,"
                + " request_sha256, applicant_name, applicant_name_kana, applicant_birth_date,"
                + " applicant_postal_code, applicant_address, applicant_phone,"
                + " applicant_relationship, form_json) VALUES (?, ?, ?, 1, '131016', ?, 0,"
                + " CURRENT_TIMESTAMP, CAST(? AS TIMESTAMP WITH TIME ZONE), CURRENT_TIMESTAMP, ?,"
                + " 'x', 'x', DATE '2000-01-01', '1000001', 'x', '0312345678', '本人', '{}')")) {
      insert.setObject(1, id);
      insert.setString(2, "R-" + id);
      insert.setString(3, procedure);
      insert.setString(4, status);
      insert.setString(5, receivedAt);
      insert.setString(6, "0".repeat(64));
      insert.executeUpdate();
    }
    return id;
  }

  static void migrate(String url, String user, String password, String binaryType) {
    Flyway.configure()
        .dataSource(url, user, password)
        .placeholders(Map.of("binary_type", binaryType))
        .load()
        .migrate();
  }

  private static java.util.Set<String> tables(Connection connection) throws SQLException {
    java.util.Set<String> names = new java.util.HashSet<>();
    try (ResultSet rs =
        connection.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  /** A 3 MB attachment must be storable (H2's BINARY VARYING would stop at 1 MB). */
  private static boolean largeAttachmentFits(Connection connection) throws SQLException {
    UUID applicationId = UUID.randomUUID();
    try (var insertApplication =
        connection.prepareStatement(
            "INSERT INTO application (id, receipt_number, procedure_code, definition_version,"
                + " municipality_code, status, version, submitted_at, received_at, updated_at,"
                + " request_sha256, applicant_name, applicant_name_kana, applicant_birth_date,"
                + " applicant_postal_code, applicant_address, applicant_phone,"
                + " applicant_relationship, form_json) VALUES (?, ?, 'CC-01', 1, '131016',"
                + " 'RECEIVED', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?,"
                + " 'x', 'x', DATE '2000-01-01', '1000001', 'x', '0312345678', '本人', '{}')")) {
      insertApplication.setObject(1, applicationId);
      insertApplication.setString(2, "R-" + applicationId);
      insertApplication.setString(3, "0".repeat(64));
      insertApplication.executeUpdate();
    }
    byte[] content = new byte[3 * 1024 * 1024];
    try (var insertAttachment =
        connection.prepareStatement(
            "INSERT INTO attachment (id, application_id, position, file_name, media_type,"
                + " size_bytes, sha256, content) VALUES (?, ?, 0, 'a.pdf', 'application/pdf', ?,"
                + " ?, ?)")) {
      insertAttachment.setObject(1, UUID.randomUUID());
      insertAttachment.setObject(2, applicationId);
      insertAttachment.setLong(3, content.length);
      insertAttachment.setString(4, "0".repeat(64));
      insertAttachment.setBytes(5, content);
      insertAttachment.executeUpdate();
    }
    try (var select =
        connection.prepareStatement("SELECT content FROM attachment WHERE application_id = ?")) {
      select.setObject(1, applicationId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() && rs.getBytes(1).length == content.length;
      }
    }
  }
}
