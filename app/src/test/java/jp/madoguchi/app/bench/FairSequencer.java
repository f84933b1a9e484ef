package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.domain.sequencing.SequencingStore.Round;
import jp.madoguchi.app.infrastructure.persistence.SequencingRound;
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

  private static final Clock CLOCK = Clock.systemUTC();

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

  /**
   * One round in its own transaction, with the server's statements ({@link SequencingRound});
   * answers the larger of the two counts it sequenced.
   */
  private int round() throws SQLException {
    try {
      Round round = SequencingRound.run(connection, postgres, CLOCK, ROUND_SIZE);
      connection.commit();
      if (round.changes() > 0 || round.entries() > 0) {
        synchronized (turn) {
          rounds++;
        }
      }
      return Math.max(round.changes(), round.entries());
    } catch (SQLException e) {
      connection.rollback();
      throw e;
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
