package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The fair baseline of the intake benchmark (issue 20 item 5): every statement the server issues
 * for one submission, replayed over plain JDBC on the same tables, indexes and transaction
 * boundaries (docs/benchmarks.md lists them): the idempotency read, the intake transaction (rows,
 * status change without feed position, routes, pending access-log entry), then the wait for a
 * sequencing round ({@link FairSequencer}). The rows are those the server stored for a real
 * submission ({@link RowCopier}), under a new id and 受付番号.
 */
final class FairIntake {

  private static final String ACTOR = "portal";

  private final RowCopier rows;
  private final String procedure;

  private FairIntake(RowCopier rows, String procedure) {
    this.rows = rows;
    this.procedure = procedure;
  }

  /** The replay of the submission stored under {@code receipt}. */
  static FairIntake of(Connection connection, String receipt) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT procedure_code FROM application WHERE receipt_number = ?")) {
      find.setString(1, receipt);
      try (ResultSet rs = find.executeQuery()) {
        rs.next();
        return new FairIntake(RowCopier.of(connection, receipt), rs.getString(1));
      }
    }
  }

  /**
   * One submission, in the server's order: the idempotency read in a transaction of its own, the
   * intake transaction, and after its commit the wait for a round of {@code sequencer} that started
   * after it (the server's {@code SequencedAnswers}).
   */
  void replay(Connection connection, String receipt, FairSequencer sequencer) throws SQLException {
    connection.setAutoCommit(false);
    try {
      earlier(connection, receipt);
      connection.commit();
      rows.insertCopy(connection, receipt);
      routes(connection);
      appendPending(connection, receipt);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
    sequencer.awaitOwnWrites();
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

  /** JpaAuditLog.append: the entry, unchained, for the sequencer to number and chain. */
  private void appendPending(Connection connection, String receipt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO audit_pending (at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")) {
      insert.setObject(1, Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
      insert.setString(2, ACTOR);
      insert.setString(3, "APPLICATION_RECEIVED");
      insert.setString(4, receipt);
      insert.setString(5, "procedure=" + procedure);
      insert.executeUpdate();
    }
  }

  /** What one replay writes, e.g. {@code application ×1, status_change ×1, …}. */
  String describe() {
    return rows.describe()
        + " + pending access-log entry; sequenced: feed position, queue count, chained entry";
  }
}
