package jp.madoguchi.app.it;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The database the server under test runs on, reachable from the tests too so that they can check
 * what was (or was not) stored.
 */
public final class TestDatabase implements AutoCloseable {

  private final String kind;
  private final String serverUrl;
  private final String adminUrl;
  private final String schema;
  private String ownDatabase;

  private TestDatabase(String kind, String serverUrl, String adminUrl, String schema) {
    this.kind = kind;
    this.serverUrl = serverUrl;
    this.adminUrl = adminUrl;
    this.schema = schema;
  }

  /**
   * A database of its own on the PostgreSQL server of {@code MADOGUCHI_TEST_PG_URL}, dropped by
   * close(): for tests that make the database refuse connections without disturbing anyone else.
   */
  public static TestDatabase ownPostgreSqlDatabase() {
    String base = System.getenv("MADOGUCHI_TEST_PG_URL");
    if (base == null || base.isBlank()) {
      throw new IllegalStateException("needs MADOGUCHI_TEST_PG_URL (PostgreSQL)");
    }
    String name = "madoguchi_fault_" + UUID.randomUUID().toString().replace("-", "");
    execute(maintenanceUrlOf(base), "CREATE DATABASE " + name);
    String url = base.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    TestDatabase database = new TestDatabase("postgresql", url, url, null);
    database.ownDatabase = name;
    return database;
  }

  static TestDatabase fromSystemProperties(Path workDir) {
    String kind = System.getProperty("madoguchi.it.database", "h2");
    if (kind.equals("postgresql")) {
      String base = System.getenv("MADOGUCHI_TEST_PG_URL");
      if (base == null || base.isBlank()) {
        throw new IllegalStateException(
            "madoguchi.it.database=postgresql needs MADOGUCHI_TEST_PG_URL");
      }
      String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
      execute(base, "CREATE SCHEMA " + schema);
      String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return new TestDatabase(kind, url, base, schema);
    }
    Path file = workDir.resolve("h2-" + UUID.randomUUID()).resolve("madoguchi").toAbsolutePath();
    String url =
        "jdbc:h2:file:"
            + file
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
    return new TestDatabase(kind, url, null, null);
  }

  /** A fresh schema on the PostgreSQL of {@code MADOGUCHI_TEST_PG_URL}, dropped by close(). */
  public static TestDatabase freshPostgreSql() {
    String base = System.getenv("MADOGUCHI_TEST_PG_URL");
    if (base == null || base.isBlank()) {
      throw new IllegalStateException("needs MADOGUCHI_TEST_PG_URL (PostgreSQL)");
    }
    String schema = "it_" + UUID.randomUUID().toString().replace("-", "");
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase("postgresql", url, base, schema);
  }

  /** A fresh H2 file database under {@code directory}. */
  public static TestDatabase freshH2(Path directory) {
    Path file = directory.resolve("h2-" + UUID.randomUUID()).resolve("madoguchi").toAbsolutePath();
    return new TestDatabase(
        "h2",
        "jdbc:h2:file:"
            + file
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
        null,
        null);
  }

  public String kind() {
    return kind;
  }

  public boolean isPostgreSql() {
    return kind.equals("postgresql");
  }

  /** The URL of the database server itself (PostgreSQL only), outside the test schema. */
  public String adminUrl() {
    return adminUrl;
  }

  /** The database's own name (PostgreSQL). */
  public String databaseName() {
    try (Connection connection = connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A URL of the {@code postgres} maintenance database on the same server. */
  public String maintenanceUrl() {
    return maintenanceUrlOf(adminUrl);
  }

  private static String maintenanceUrlOf(String url) {
    return url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
  }

  Map<String, String> serverEnvironment() {
    String user =
        isPostgreSql() ? System.getenv().getOrDefault("MADOGUCHI_TEST_PG_USER", "postgres") : "sa";
    return Map.of("MADOGUCHI_DB_URL", serverUrl, "MADOGUCHI_DB_USER", user);
  }

  public Connection connect() throws SQLException {
    return isPostgreSql()
        ? DriverManager.getConnection(serverUrl)
        : DriverManager.getConnection(serverUrl, "sa", "");
  }

  /** Row counts of the tables a submission writes to. */
  public Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      for (String table : new String[] {"application", "attachment", "status_change"}) {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count rows", e);
    }
    return counts;
  }

  public long applicationsWithReceipt(String receiptNumber) {
    try (Connection connection = connect();
        var statement =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM application WHERE receipt_number = ?")) {
      statement.setString(1, receiptNumber);
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count applications", e);
    }
  }

  @Override
  public void close() {
    if (ownDatabase != null) {
      execute(maintenanceUrl(), "DROP DATABASE IF EXISTS " + ownDatabase + " WITH (FORCE)");
    } else if (isPostgreSql()) {
      execute(adminUrl, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }
}
