package jp.madoguchi.app.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.TestDatabase;

/**
 * The fair baseline of the intake benchmark (issue 20 item 5): every statement the server issues
 * for one submission, replayed over plain JDBC on the same tables, indexes and transaction
 * boundaries (docs/benchmarks.md lists them). The rows are those the server stored for a real
 * submission ({@link RowCopier}), under a new id and 受付番号.
 */
final class FairIntake {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String ACTOR = "portal";

  private final RowCopier rows;
  private final boolean postgres;
  private final String procedure;
  private final Instant receivedAt;

  private FairIntake(RowCopier rows, boolean postgres, String procedure, Instant receivedAt) {
    this.rows = rows;
    this.postgres = postgres;
    this.procedure = procedure;
    this.receivedAt = receivedAt;
  }

  /** The replay of the submission stored under {@code receipt}. */
  static FairIntake of(Connection connection, String receipt, TestDatabase database)
      throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT procedure_code, received_at FROM application WHERE receipt_number = ?")) {
      find.setString(1, receipt);
      try (ResultSet rs = find.executeQuery()) {
        rs.next();
        return new FairIntake(
            RowCopier.of(connection, receipt),
            database.isPostgreSql(),
            rs.getString(1),
            rs.getTimestamp(2).toInstant());
      }
    }
  }

  /**
   * One submission, in the server's order (PostgreSQL's statement log of a real one): the
   * idempotency read in a transaction of its own, then the intake transaction.
   */
  void replay(Connection connection, String receipt) throws SQLException {
    connection.setAutoCommit(false);
    try {
      earlier(connection, receipt);
      connection.commit();
      UUID id = rows.insertCopy(connection, receipt);
      routes(connection);
      numberStatusChanges(connection, id);
      appendAuditEntry(connection, receipt);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  /** IntakeService: the application already stored under the 受付番号, with its revisions. */
  private static void earlier(Connection connection, String receipt) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT DISTINCT a.*, r.* FROM application a"
                + " LEFT JOIN application_revision r ON r.application_id = a.id"
                + " WHERE a.receipt_number = ? ORDER BY r.revision")) {
      find.setString(1, receipt);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
    }
  }

  /** Outbox: the procedure's current linkage routes (none on receipt for the benchmark's). */
  private void routes(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT r.id, r.procedure_code, r.route_name, v.version, v.config_json, v.author,"
                + " v.created_at FROM linkage_route r JOIN linkage_route_version v"
                + " ON v.route_id = r.id AND v.version = r.current_version"
                + " WHERE r.procedure_code = ? ORDER BY r.ordinal")) {
      select.setString(1, procedure);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rs.getObject(1);
        }
      }
    }
  }

  /** JpaApplicationRepository.assignFeedPositions and QueueCountTable.add. */
  private void numberStatusChanges(Connection connection, UUID id) throws SQLException {
    List<Long> changes = new ArrayList<>();
    List<String> entered = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, from_status, to_status FROM status_change"
                + " WHERE application_id = ? AND feed_position IS NULL ORDER BY id")) {
      select.setObject(1, id);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          changes.add(rs.getLong(1));
          entered.add(rs.getString(3));
        }
      }
    }
    long position = takeFeedPositions(connection, changes.size()) - changes.size();
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE status_change SET feed_position = ? WHERE id = ?")) {
      for (long change : changes) {
        update.setLong(1, ++position);
        update.setLong(2, change);
        update.executeUpdate();
      }
    }
    int day = (int) LocalDate.ofInstant(receivedAt, JAPAN).toEpochDay();
    for (String status : entered) {
      countOneMore(connection, status, day);
    }
  }

  private long takeFeedPositions(Connection connection, int n) throws SQLException {
    String update = "UPDATE feed_counter SET position = position + ? WHERE id = 1";
    try (PreparedStatement take =
        connection.prepareStatement(postgres ? update + " RETURNING position" : update)) {
      take.setInt(1, n);
      if (postgres) {
        try (ResultSet rs = take.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
      take.executeUpdate();
    }
    try (PreparedStatement read =
            connection.prepareStatement("SELECT position FROM feed_counter WHERE id = 1");
        ResultSet rs = read.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void countOneMore(Connection connection, String status, int day) throws SQLException {
    String insert = "INSERT INTO queue_count (status, procedure_code, received_day, applications)";
    if (postgres) {
      execute(
          connection,
          insert
              + " VALUES (?, ?, ?, ?) ON CONFLICT (status, procedure_code, received_day)"
              + " DO UPDATE SET applications = queue_count.applications + EXCLUDED.applications",
          status,
          procedure,
          day,
          1L);
      return;
    }
    execute(
        connection, insert + " VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING", status, procedure, day);
    execute(
        connection,
        "UPDATE queue_count SET applications = applications + ?"
            + " WHERE status = ? AND procedure_code = ? AND received_day = ?",
        1L,
        status,
        procedure,
        day);
  }

  /** JpaAuditLog.append: the head locked, the entry hashed onto it, the head moved on. */
  private void appendAuditEntry(Connection connection, String receipt) throws SQLException {
    long seq;
    String previous;
    try (PreparedStatement head =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rs = head.executeQuery()) {
      rs.next();
      seq = rs.getLong(1) + 1;
      previous = rs.getString(2).trim();
    }
    Timestamp at = Timestamp.from(Instant.now());
    String detail = "procedure=" + procedure;
    String hash = sha256(previous + "|" + seq + "|" + at + "|" + ACTOR + "|" + receipt + detail);
    Object[] entry = {seq, at, ACTOR, "APPLICATION_RECEIVED", receipt, detail, previous, hash};
    String insert =
        "INSERT INTO audit_entry (seq, at, actor, action, target, detail, prev_hash, hash)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    if (postgres) {
      Object[] withHead = java.util.Arrays.copyOf(entry, 10);
      withHead[8] = seq;
      withHead[9] = hash;
      execute(
          connection,
          "WITH entry AS ("
              + insert
              + ") UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1",
          withHead);
      return;
    }
    execute(connection, insert, entry);
    execute(
        connection, "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
  }

  private static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What one replay writes, e.g. {@code application ×1, status_change ×1, …}. */
  String describe() {
    return rows.describe() + " + feed, queue count, access-log entry and head";
  }
}
