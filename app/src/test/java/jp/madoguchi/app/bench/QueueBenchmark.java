package jp.madoguchi.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.app.it.MadoguchiServer;

/**
 * The queue listing alone ({@code -Pbench-queue}): fills the shared test server's PostgreSQL
 * database with {@code bench.rows} applications (default 1,000,000) and prints the table that the
 * full benchmark ({@code -Pbench}) also prints. Figures only: nothing is asserted.
 */
public final class QueueBenchmark {

  public static void main(String[] args) throws Exception {
    int rows = Integer.getInteger("bench.rows", 1_000_000);
    MadoguchiServer server = MadoguchiServer.get();
    QueueListing.Result result = QueueListing.measure(server, server.database(), rows);
    String report = result.section().replaceFirst("###", "##");
    System.out.println(report);
    Path out = Path.of("target/bench/queue-benchmark.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.exit(0);
  }

  private QueueBenchmark() {}
}
