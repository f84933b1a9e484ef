package jp.madoguchi.app.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.MadoguchiServer;
import jp.madoguchi.app.it.MadoguchiServer.BootTime;

/**
 * Boot to ready (process start → {@code /health/ready} UP) over several restarts of the same server
 * on its existing database (migrations applied, demo data present): the median wall-clock time and
 * the median CPU time (user + system of the server process until ready, which a busy machine
 * inflates less than the wall clock). Printed, never asserted.
 */
final class BootTimes {

  static final int RUNS = Integer.getInteger("bench.boot.runs", 5);

  private BootTimes() {}

  /** Restarts the server {@link #RUNS} times and returns one Markdown table row. */
  static String measure(String kind, MadoguchiServer server, BootTime first) throws IOException {
    List<BootTime> boots = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      server.restart();
      BootTime boot = server.lastBoot();
      System.out.printf(
          "[bench] %s restart %d: ready in %.1f s, %.1f s CPU%n",
          kind, i + 1, boot.wallSeconds(), boot.cpuSeconds());
      boots.add(boot);
    }
    double[] wall = boots.stream().mapToDouble(BootTime::wallSeconds).sorted().toArray();
    double[] cpu = boots.stream().mapToDouble(BootTime::cpuSeconds).sorted().toArray();
    return String.format(
        "| %s | %.1f (%.1f CPU) | %d | %.1f | %.1f–%.1f | %.1f |%n",
        kind,
        first.wallSeconds(),
        first.cpuSeconds(),
        RUNS,
        median(wall),
        wall[0],
        wall[wall.length - 1],
        median(cpu));
  }

  static String header() {
    return "### Boot to ready (process start → /health/ready UP, Payara Micro --nohazelcast,"
        + " -Xmx512m)\n\n"
        + "| database | first boot s (fresh database, migrations) | restarts | median s |"
        + " min–max s | median CPU s |\n"
        + "|---|---:|---:|---:|---:|---:|\n";
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
