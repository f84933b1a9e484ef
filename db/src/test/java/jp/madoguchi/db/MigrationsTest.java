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

  private static void migrate(String url, String user, String password, String binaryType) {
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
