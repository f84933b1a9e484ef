package jp.madoguchi.app.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import jp.madoguchi.app.domain.sequencing.FeedNumbering;

/**
 * Writes a sequencer round's feed positions, the feed counter and the dashboard counts ({@code
 * queue_count}, V75__queue_counts.sql) in JDBC batches, inside the round's transaction.
 */
final class FeedRows {

  private final Connection connection;
  private final boolean postgreSql;

  FeedRows(Connection connection, boolean postgreSql) {
    this.connection = connection;
    this.postgreSql = postgreSql;
  }

  void write(FeedNumbering.Numbered numbered) throws SQLException {
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE status_change SET feed_position = ? WHERE id = ?")) {
      for (FeedNumbering.Position position : numbered.positions()) {
        update.setLong(1, position.position());
        update.setLong(2, position.changeId());
        update.addBatch();
      }
      update.executeBatch();
    }
    try (PreparedStatement counter =
        connection.prepareStatement("UPDATE feed_counter SET position = ? WHERE id = 1")) {
      counter.setLong(1, numbered.lastPosition());
      counter.executeUpdate();
    }
    if (postgreSql) {
      upsertCounts(numbered.counts());
    } else {
      insertThenAddCounts(numbered.counts());
    }
  }

  private void upsertCounts(Map<FeedNumbering.CountBucket, Map<String, Long>> counts)
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

  private void insertThenAddCounts(Map<FeedNumbering.CountBucket, Map<String, Long>> counts)
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
