package jp.madoguchi.app.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;
import jp.madoguchi.app.domain.sequencing.FeedNumbering;
import jp.madoguchi.app.domain.sequencing.SequencingStore.Round;
import jp.madoguchi.app.domain.sequencing.UnsequencedChange;

/**
 * The statements of one sequencer round ({@link JdbcSequencingStore}; the benchmark's fair baseline
 * replays the very same ones).
 */
public final class SequencingRound {

  private SequencingRound() {}

  /**
   * One round on {@code connection}, inside the transaction its caller began and will commit:
   * nothing waiting → nothing locked; else the head rows locked (feed counter, then audit head), up
   * to {@code limit} of each numbered or chained.
   */
  public static Round run(Connection connection, boolean postgreSql, Clock clock, int limit)
      throws SQLException {
    if (!anyWaiting(connection)) {
      return Round.NOTHING;
    }
    if (postgreSql) {
      execute(connection, "SET LOCAL lock_timeout = '5s'");
    }
    long lastPosition = lockFeedCounter(connection);
    AuditChain chain = lockAuditHead(connection);
    List<UnsequencedChange> changes = unsequencedChanges(connection, limit);
    List<PendingAuditEntry> entries = pendingEntries(connection, limit);
    if (!changes.isEmpty()) {
      FeedNumbering.Numbered numbered = FeedNumbering.number(lastPosition, changes);
      new FeedRows(connection, postgreSql).write(numbered);
    }
    Instant oldest = clock.instant();
    if (!entries.isEmpty()) {
      new AuditRows(connection).chain(chain, entries);
      for (PendingAuditEntry entry : entries) {
        oldest = entry.at().isBefore(oldest) ? entry.at() : oldest;
      }
    }
    return new Round(changes.size(), entries.size(), waited(clock, oldest));
  }

  static Duration waited(Clock clock, Instant since) {
    Duration waited = Duration.between(since, clock.instant());
    return waited.isNegative() ? Duration.ZERO : waited;
  }

  /** A look without locks: most sweeps find nothing and should cost two index probes. */
  private static boolean anyWaiting(Connection connection) throws SQLException {
    return exists(connection, "SELECT id FROM status_change WHERE feed_position IS NULL")
        || exists(connection, "SELECT id FROM audit_pending");
  }

  private static boolean exists(Connection connection, String select) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(select + " FETCH FIRST 1 ROWS ONLY");
        ResultSet rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  private static long lockFeedCounter(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT position FROM feed_counter WHERE id = 1 FOR UPDATE");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static AuditChain lockAuditHead(Connection connection) throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      return new AuditChain(rows.getLong(1), rows.getString(2));
    }
  }

  private static List<UnsequencedChange> unsequencedChanges(Connection connection, int limit)
      throws SQLException {
    List<UnsequencedChange> changes = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT c.id, a.procedure_code, a.received_at, c.from_status, c.to_status"
                + " FROM status_change c JOIN application a ON a.id = c.application_id"
                + " WHERE c.feed_position IS NULL ORDER BY c.id FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          changes.add(
              new UnsequencedChange(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getObject(3, OffsetDateTime.class).toInstant(),
                  rows.getString(4),
                  rows.getString(5)));
        }
      }
    }
    return changes;
  }

  private static List<PendingAuditEntry> pendingEntries(Connection connection, int limit)
      throws SQLException {
    List<PendingAuditEntry> entries = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, at, actor, action, target, detail FROM audit_pending"
                + " ORDER BY id FETCH FIRST ? ROWS ONLY")) {
      select.setInt(1, limit);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          entries.add(
              new PendingAuditEntry(
                  rows.getLong(1),
                  rows.getObject(2, OffsetDateTime.class).toInstant(),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6)));
        }
      }
    }
    return entries;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }
}
