package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.domain.audit.AuditChain;
import jp.madoguchi.app.domain.audit.AuditEntry;
import jp.madoguchi.app.domain.audit.PendingAuditEntry;
import jp.madoguchi.app.domain.sequencing.FeedNumbering;
import jp.madoguchi.app.domain.sequencing.UnsequencedChange;
import jp.madoguchi.app.it.TestDatabase;

/**
 * The sequencing of the fair intake baseline: one thread per "node" running the rounds of {@code
 * JdbcSequencingStore} with its SQL (head rows locked in the same order, statements in JDBC
 * batches, the same domain objects numbering the feed and chaining the access log) on a connection
 * of its own, grouped as {@code Sequencer} groups them: a client that committed asks, and waits for
 * a round that started after it asked, at most {@link #WAIT} as {@code SequencedAnswers} does.
 */
final class FairSequencer implements AutoCloseable {

  /** The server's defaults: {@code madoguchi.sequencer.round-size} and {@code wait-ms}. */
  static final int ROUND_SIZE = 500;

  static final Duration WAIT = Duration.ofMillis(2_000);

  private final Connection connection;
  private final boolean postgres;
  private final Thread thread;
  private final Object turn = new Object();
  private long asked;
  private long covered;
  private long rounds;
  private long gaveUp;
  private boolean closed;
  private SQLException failure;

  FairSequencer(TestDatabase database, String name) throws SQLException {
    connection = database.connect();
    connection.setAutoCommit(false);
    postgres = database.isPostgreSql();
    thread = new Thread(this::loop, "fair-sequencer-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * After the caller's transaction committed: waits until a round that started after this call has
   * committed, at most {@link #WAIT} (the answer then goes out anyway, as the server's does).
   */
  void awaitOwnWrites() throws SQLException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    synchronized (turn) {
      long ticket = ++asked;
      turn.notifyAll();
      while (covered < ticket && failure == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          gaveUp++;
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(turn, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SQLException("interrupted while waiting for the sequencer", e);
        }
      }
      if (failure != null) {
        throw new SQLException("sequencing round failed", failure);
      }
    }
  }

  /** E.g. {@code 37 rounds, 0 waits gave up}. */
  String figures() {
    synchronized (turn) {
      return rounds + " rounds, " + gaveUp + " waits gave up";
    }
  }

  private void loop() {
    while (true) {
      long cover;
      synchronized (turn) {
        while (!closed && asked == covered) {
          try {
            turn.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        cover = asked;
      }
      try {
        int done;
        do {
          done = round();
        } while (done >= ROUND_SIZE);
      } catch (SQLException e) {
        synchronized (turn) {
          failure = e;
          turn.notifyAll();
        }
        return;
      }
      synchronized (turn) {
        covered = cover;
        turn.notifyAll();
      }
    }
  }

  /** One round in its own transaction; answers the larger of the two counts it sequenced. */
  private int round() throws SQLException {
    try {
      if (!exists("SELECT id FROM status_change WHERE feed_position IS NULL")
          && !exists("SELECT id FROM audit_pending")) {
        connection.commit();
        return 0;
      }
      if (postgres) {
        execute("SET LOCAL lock_timeout = '5s'");
      }
      long lastPosition;
      try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT position FROM feed_counter WHERE id = 1 FOR UPDATE");
          ResultSet rows = select.executeQuery()) {
        rows.next();
        lastPosition = rows.getLong(1);
      }
      AuditChain chain;
      try (PreparedStatement select =
              connection.prepareStatement(
                  "SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE");
          ResultSet rows = select.executeQuery()) {
        rows.next();
        chain = new AuditChain(rows.getLong(1), rows.getString(2));
      }
      List<UnsequencedChange> changes = FairSequencerRows.changes(connection, ROUND_SIZE);
      List<PendingAuditEntry> entries = FairSequencerRows.pending(connection, ROUND_SIZE);
      if (!changes.isEmpty()) {
        writeFeed(FeedNumbering.number(lastPosition, changes));
      }
      if (!entries.isEmpty()) {
        chain(chain, entries);
      }
      connection.commit();
      synchronized (turn) {
        rounds++;
      }
      return Math.max(changes.size(), entries.size());
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  /** FeedRows.write: positions, the counter and the dashboard counts. */
  private void writeFeed(FeedNumbering.Numbered numbered) throws SQLException {
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
    Map<FeedNumbering.CountBucket, Map<String, Long>> counts = numbered.counts();
    if (postgres) {
      FairSequencerRows.upsertCounts(connection, counts);
    } else {
      FairSequencerRows.insertThenAddCounts(connection, counts);
    }
  }

  /** AuditRows.chain: entries numbered and hashed, pending rows deleted, the head moved. */
  private void chain(AuditChain chain, List<PendingAuditEntry> pending) throws SQLException {
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

  private boolean exists(String select) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(select + " FETCH FIRST 1 ROWS ONLY");
        ResultSet rows = statement.executeQuery()) {
      return rows.next();
    }
  }

  private void execute(String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.execute();
    }
  }

  /** Stops the thread after its current round and closes its connection. */
  @Override
  public void close() throws SQLException {
    synchronized (turn) {
      closed = true;
      turn.notifyAll();
    }
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    connection.close();
  }
}
