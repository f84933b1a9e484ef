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
import java.util.Optional;
import javax.sql.DataSource;
import jp.madoguchi.app.domain.sequencing.SequencingStore;

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
        Round round = SequencingRound.run(connection, database.isPostgreSql(), clock, limit);
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
    return SequencingRound.waited(clock, since);
  }
}
