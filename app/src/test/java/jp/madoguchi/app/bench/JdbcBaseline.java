package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.app.it.TestDatabase;

/**
 * The statements of the HTTP submissions ({@link FairIntake}), replayed by a plain JDBC loop (one
 * connection per client, the server's transaction boundaries) at the same concurrency — at most
 * {@value #MAX_CONNECTIONS} connections, as PostgreSQL's default max_connections (100) is shared
 * with the server's pool.
 */
final class JdbcBaseline {

  static final int MAX_CONNECTIONS = 24;

  private JdbcBaseline() {}

  static IntakeLoad.Result run(
      TestDatabase database, FairIntake replay, String prefix, int clients, int n)
      throws Exception {
    clients = Math.min(clients, MAX_CONNECTIONS);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    double[] millis = new double[n];
    long start = System.nanoTime();
    Future<?>[] running = new Future<?>[clients];
    for (int c = 0; c < clients; c++) {
      running[c] =
          pool.submit(
              () -> {
                try (Connection connection = database.connect()) {
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    replay.replay(connection, IntakeLoad.receipt(prefix, i));
                    millis[i] = (System.nanoTime() - sent) / 1e6;
                  }
                }
                return null;
              });
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new IntakeLoad.Result(n, n / seconds, Percentiles.of(millis), null);
  }
}
