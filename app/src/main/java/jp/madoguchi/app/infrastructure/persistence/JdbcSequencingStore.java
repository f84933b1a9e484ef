package jp.madoguchi.app.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Optional;
import javax.sql.DataSource;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;
import jp.madoguchi.app.domain.sequencing.FeedNumbering;
import jp.madoguchi.app.domain.sequencing.SequencingStore;
import jp.madoguchi.app.domain.sequencing.UnsequencedChange;

/**
 * The sequencer's rounds in plain JDBC on the application's data source: each round is one local
 * transaction on its connection, begun and committed here (outside any container transaction, so
 * that nothing can leave a statement in auto-commit: the head rows' locks must hold until the round
 * commits, or two rounds could hand out the same positions), statements in batches, the two head
 * rows locked with {@code SELECT … FOR UPDATE} in a fixed order (feed counter, then audit head) and
 * only here.
 */
@ApplicationScoped
public class JdbcSequencingStore implements SequencingStore {

  @Resource(lookup = MadoguchiDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject DatabaseKind database;
  @Inject Clock clock;

  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Round sequence(int limit) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Round round = round(connection, limit);
        connection.commit();
        return round;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sequencing round failed: " + e.getSQLState(), e);
    }
  }

  private Round round(Connection connection, int limit) throws SQLException {
    if (!anyWaiting(connection)) {
      return Round.NOTHING;
    }
    if (database.isPostgreSql()) {
      execute(connection, "SET LOCAL lock_timeout = '5s'");
    }
    long lastPosition = lockFeedCounter(connection);
    AuditChain chain = lockAuditHead(connection);
    List<UnsequencedChange> changes = unsequencedChanges(connection, limit);
    List<PendingAuditEntry> entries = pendingEntries(connection, limit);
    if (!changes.isEmpty()) {
      FeedNumbering.Numbered numbered = FeedNumbering.number(lastPosition, changes);
      new FeedRows(connection, database.isPostgreSql()).write(numbered);
    }
    Instant oldest = clock.instant();
    if (!entries.isEmpty()) {
      new AuditRows(connection).chain(chain, entries);
      for (PendingAuditEntry entry : entries) {
        oldest = entry.at().isBefore(oldest) ? entry.at() : oldest;
      }
    }
    return new Round(changes.size(), entries.size(), waited(oldest));
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Duration> oldestWaiting() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT MIN(at) FROM audit_pending");
        ResultSet rows = select.executeQuery()) {
      rows.next();
      OffsetDateTime at = rows.getObject(1, OffsetDateTime.class);
      return Optional.ofNullable(at).map(a -> waited(a.toInstant()));
    } catch (SQLException e) {
      throw new IllegalStateException("pending entries unreadable: " + e.getSQLState(), e);
    }
  }

  private Duration waited(Instant since) {
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
