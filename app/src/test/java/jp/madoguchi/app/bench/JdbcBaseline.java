package jp.madoguchi.app.bench;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.app.it.TestDatabase;

/**
 * The statements of the HTTP submissions ({@link FairIntake}), replayed by a plain JDBC loop (one
 * connection per client, the server's transaction boundaries) at the same concurrency — at most
 * {@value #MAX_CONNECTIONS} connections, as PostgreSQL's default max_connections (100) is shared
 * with the server's pool — with one {@link FairSequencer} per node, the clients spread over them as
 * the requests are over the nodes.
 */
final class JdbcBaseline {

  static final int MAX_CONNECTIONS = 24;

  private JdbcBaseline() {}

  static IntakeLoad.Result run(
      TestDatabase database, FairIntake replay, String prefix, int clients, int n, int nodes)
      throws Exception {
    clients = Math.min(clients, MAX_CONNECTIONS);
    List<FairSequencer> sequencers = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      for (int s = 0; s < nodes; s++) {
        sequencers.add(new FairSequencer(database, prefix + "-" + (s + 1)));
      }
      AtomicInteger next = new AtomicInteger();
      double[] millis = new double[n];
      long start = System.nanoTime();
      Future<?>[] running = new Future<?>[clients];
      for (int c = 0; c < clients; c++) {
        FairSequencer sequencer = sequencers.get(c % nodes);
        running[c] =
            pool.submit(
                () -> {
                  try (Connection connection = database.connect()) {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                      long sent = System.nanoTime();
                      replay.replay(connection, IntakeLoad.receipt(prefix, i), sequencer);
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
      List<String> figures = new ArrayList<>();
      for (int s = 0; s < nodes; s++) {
        figures.add("node " + (s + 1) + ": " + sequencers.get(s).figures());
      }
      System.out.println(
          "[bench] fair baseline " + prefix + " sequencing: " + String.join("; ", figures));
      return new IntakeLoad.Result(n, n / seconds, Percentiles.of(millis), null);
    } finally {
      pool.shutdown();
      for (FairSequencer sequencer : sequencers) {
        sequencer.close();
      }
    }
  }
}
