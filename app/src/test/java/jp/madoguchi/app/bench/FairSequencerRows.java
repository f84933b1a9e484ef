package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;
import jp.madoguchi.app.domain.sequencing.FeedNumbering;
import jp.madoguchi.app.domain.sequencing.UnsequencedChange;

/**
 * The reads and the dashboard-count writes of a {@link FairSequencer} round, with the SQL of {@code
 * JdbcSequencingStore} and {@code FeedRows}.
 */
final class FairSequencerRows {

  private FairSequencerRows() {}

  static List<UnsequencedChange> changes(Connection connection, int limit) throws SQLException {
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

  static List<PendingAuditEntry> pending(Connection connection, int limit) throws SQLException {
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

  static void upsertCounts(
      Connection connection, Map<FeedNumbering.CountBucket, Map<String, Long>> counts)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO queue_count (status, procedure_code, received_day, applications)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (status, procedure_code, received_day)"
                + " DO UPDATE SET applications = queue_count.applications"
                + " + EXCLUDED.applications")) {
      for (var bucket : counts.entrySet()) {
        for (var delta : bucket.getValue().entrySet()) {
          upsert.setString(1, delta.getKey());
          upsert.setString(2, bucket.getKey().procedureCode());
          upsert.setInt(3, (int) bucket.getKey().receivedDay());
          upsert.setLong(4, delta.getValue());
          upsert.addBatch();
        }
      }
      upsert.executeBatch();
    }
  }

  static void insertThenAddCounts(
      Connection connection, Map<FeedNumbering.CountBucket, Map<String, Long>> counts)
      throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO queue_count (status, procedure_code, received_day, applications)"
                    + " VALUES (?, ?, ?, 0) ON CONFLICT DO NOTHING");
        PreparedStatement add =
            connection.prepareStatement(
                "UPDATE queue_count SET applications = applications + ?"
                    + " WHERE status = ? AND procedure_code = ? AND received_day = ?")) {
      for (var bucket : counts.entrySet()) {
        for (var delta : bucket.getValue().entrySet()) {
          insert.setString(1, delta.getKey());
          insert.setString(2, bucket.getKey().procedureCode());
          insert.setInt(3, (int) bucket.getKey().receivedDay());
          insert.executeUpdate();
          add.setLong(1, delta.getValue());
          add.setString(2, delta.getKey());
          add.setString(3, bucket.getKey().procedureCode());
          add.setInt(4, (int) bucket.getKey().receivedDay());
          add.executeUpdate();
        }
      }
    }
  }
}
