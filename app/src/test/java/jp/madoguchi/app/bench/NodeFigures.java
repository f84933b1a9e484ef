package jp.madoguchi.app.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.app.it.MadoguchiServer;
import jp.madoguchi.app.it.ProcessCpu;

/**
 * What the server processes spent on a run, summed over the nodes: CPU time (user + system of
 * {@code /proc/<pid>/stat}) and the lock-hold figures of {@code /metrics} ({@code
 * madoguchi_intake_lock_hold}: per committed intake transaction, first write to end of commit).
 * Read before and after a run; the difference is the run's.
 */
final class NodeFigures {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final Pattern WITHIN =
      Pattern.compile(
          "^madoguchi_intake_lock_hold_within(?:_total)?\\{[^}]*le=\"([0-9.]+)\"[^}]*\\}\\s+(\\S+)$");
  private static final Pattern COUNT =
      Pattern.compile("^madoguchi_intake_lock_hold_seconds_count(?:\\{[^}]*\\})?\\s+(\\S+)$");

  /** CPU seconds and lock holds (count, and count within each bound in seconds), all nodes. */
  record Snapshot(double cpuSeconds, long holds, TreeMap<Double, Long> within) {}

  /** Per submission: server CPU ms, and the lock hold's median and p99 (bucket upper bounds). */
  record Run(double cpuMs, long holds, double holdP50Ms, double holdP99Ms) {

    String holdText() {
      return holds == 0 ? "–" : String.format("≤ %s / ≤ %s", ms(holdP50Ms), ms(holdP99Ms));
    }

    private static String ms(double value) {
      return value < 10 ? String.format("%.2f", value) : String.format("%.0f", value);
    }
  }

  private NodeFigures() {}

  /** Before a run: the scrape first, so that its own CPU falls outside the run. */
  static Snapshot before(List<MadoguchiServer> nodes) throws Exception {
    Snapshot holds = scrapeAll(nodes);
    return new Snapshot(cpu(nodes), holds.holds(), holds.within());
  }

  /** After a run: CPU first, then the scrape. */
  static Snapshot after(List<MadoguchiServer> nodes) throws Exception {
    double cpu = cpu(nodes);
    Snapshot holds = scrapeAll(nodes);
    return new Snapshot(cpu, holds.holds(), holds.within());
  }

  /** CPU ms per second of wall time that the nodes spend without requests, over {@code window}. */
  static double idleCpuMsPerSecond(List<MadoguchiServer> nodes, Duration window) {
    double before = cpu(nodes);
    long started = System.nanoTime();
    nodes.get(0).pause(window);
    return 1000 * (cpu(nodes) - before) / ((System.nanoTime() - started) / 1e9);
  }

  static Run between(Snapshot before, Snapshot after, int submissions) {
    long holds = after.holds() - before.holds();
    TreeMap<Double, Long> within = new TreeMap<>();
    after.within().forEach((le, n) -> within.put(le, n - before.within().getOrDefault(le, 0L)));
    return new Run(
        1000 * (after.cpuSeconds() - before.cpuSeconds()) / submissions,
        holds,
        1000 * percentile(within, holds, 0.50),
        1000 * percentile(within, holds, 0.99));
  }

  /** The smallest bound that at least {@code fraction} of the holds stayed within (seconds). */
  static double percentile(TreeMap<Double, Long> within, long holds, double fraction) {
    for (Map.Entry<Double, Long> bucket : within.entrySet()) {
      if (bucket.getValue() >= Math.ceil(fraction * holds)) {
        return bucket.getKey();
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  private static double cpu(List<MadoguchiServer> nodes) {
    double seconds = 0;
    for (MadoguchiServer node : nodes) {
      seconds += ProcessCpu.seconds(node.pid());
    }
    return seconds;
  }

  private static Snapshot scrapeAll(List<MadoguchiServer> nodes) throws Exception {
    long holds = 0;
    TreeMap<Double, Long> within = new TreeMap<>();
    for (MadoguchiServer node : nodes) {
      for (String line : scrape(node).split("\n")) {
        Matcher bucket = WITHIN.matcher(line.trim());
        Matcher count = COUNT.matcher(line.trim());
        if (bucket.matches()) {
          within.merge(
              Double.valueOf(bucket.group(1)),
              (long) Double.parseDouble(bucket.group(2)),
              Long::sum);
        } else if (count.matches()) {
          holds += (long) Double.parseDouble(count.group(1));
        }
      }
    }
    return new Snapshot(0, holds, within);
  }

  private static String scrape(MadoguchiServer node) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(node.uri("/metrics"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + MadoguchiServer.METRICS_TOKEN)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/metrics answered " + response.statusCode());
    }
    return response.body();
  }
}
