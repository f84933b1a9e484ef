package jp.madoguchi.app.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;

/**
 * Chains a sequencer round's pending access-log entries: inserts them numbered and hashed into
 * {@code audit_entry}, deletes exactly those rows from {@code audit_pending} and moves {@code
 * audit_head}, in JDBC batches inside the round's transaction.
 */
final class AuditRows {

  private final Connection connection;

  AuditRows(Connection connection) {
    this.connection = connection;
  }

  void chain(AuditChain chain, List<PendingAuditEntry> pending) throws SQLException {
    try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO audit_entry"
                    + " (seq, at, actor, action, target, detail, prev_hash, hash)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM audit_pending WHERE id = ?")) {
      for (PendingAuditEntry entry : pending) {
        AuditEntry chained = chain.link(entry);
        insert.setLong(1, chained.seq());
        insert.setObject(2, chained.at().atOffset(ZoneOffset.UTC));
        insert.setString(3, chained.actor());
        insert.setString(4, chained.action());
        insert.setString(5, chained.target());
        insert.setString(6, chained.detail());
        insert.setString(7, chained.previousHash());
        insert.setString(8, chained.hash());
        insert.addBatch();
        delete.setLong(1, entry.id());
        delete.addBatch();
      }
      insert.executeBatch();
      delete.executeBatch();
    }
    try (PreparedStatement head =
        connection.prepareStatement(
            "UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
      head.setLong(1, chain.lastSeq());
      head.setString(2, chain.lastHash());
      head.executeUpdate();
    }
  }
}
