package jp.madoguchi.app.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.app.it.MadoguchiServer;

/**
 * The server's used heap as {@code jcmd <pid> GC.heap_info} reports it, sampled for its peak (so
 * garbage not yet collected counts too: an upper bound); {@link #collect} runs a full GC in the
 * server so that a run starts from live data only. The live heap (the objects that survive a full
 * collection, the data the server actually holds) is sampled too, every {@code
 * bench.heap.live-every-s} seconds (default 10; each sample is a full collection in the server, a
 * pause of a fraction of a second).
 */
final class ServerHeap implements AutoCloseable {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

  /** Samples of 250 ms between two full collections that measure the live heap. */
  private static final int LIVE_EVERY = 4 * Integer.getInteger("bench.heap.live-every-s", 10);

  private final long pid;
  private final AtomicLong peak = new AtomicLong();
  private final AtomicLong peakRetained = new AtomicLong();
  private final AtomicLong peakLive = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private ServerHeap(long pid) {
    this.pid = pid;
    sampler =
        new Thread(
            () -> {
              int sample = 0;
              while (running) {
                peak.accumulateAndGet(usedBytes(pid), Math::max);
                if (sample++ % 4 == 0) {
                  // once a second: it changes only at collections
                  peakRetained.accumulateAndGet(retainedBytes(pid), Math::max);
                }
                if (sample % LIVE_EVERY == 0) {
                  peakLive.accumulateAndGet(liveBytes(pid), Math::max);
                }
                try {
                  Thread.sleep(250);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
  }

  static ServerHeap watch(MadoguchiServer server) {
    ServerHeap heap = new ServerHeap(server.pid());
    heap.sampler.start();
    return heap;
  }

  static void collect(MadoguchiServer server) {
    jcmd(server.pid(), "GC.run");
  }

  /** Used heap right after a full collection: what the server holds live. */
  static long live(MadoguchiServer server) {
    return liveBytes(server.pid());
  }

  /** The largest live heap sampled, including one sample taken now. */
  long peakLiveBytes() {
    return Math.max(peakLive.get(), liveBytes(pid));
  }

  /**
   * The bytes of all live objects as {@code GC.class_histogram} counts them (it runs a full
   * collection first and walks the heap in the same pause; reading the used heap after a separate
   * {@code GC.run} would count whatever the server allocated between the two commands).
   */
  private static long liveBytes(long pid) {
    Matcher total = TOTAL.matcher(jcmd(pid, "GC.class_histogram"));
    return total.find() ? Long.parseLong(total.group(1)) : 0;
  }

  static long used(MadoguchiServer server) {
    return usedBytes(server.pid());
  }

  /**
   * Survivor and old generation in use ({@code jstat -gc}: S0U + S1U + OU), i.e. the heap without
   * the eden space, where short-lived garbage waits for the next young collection: what the server
   * kept past a young collection. Still an upper bound (old garbage counts until a mixed or full
   * collection).
   */
  static long retained(MadoguchiServer server) {
    return retainedBytes(server.pid());
  }

  long peakRetainedBytes() {
    return Math.max(peakRetained.get(), retainedBytes(pid));
  }

  private static long retainedBytes(long pid) {
    String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
    try {
      Process process =
          new ProcessBuilder(jstat, "-gc", Long.toString(pid)).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      String[] lines = out.trim().split("\\R");
      if (lines.length < 2) {
        return 0;
      }
      java.util.List<String> names = java.util.List.of(lines[0].trim().split("\\s+"));
      String[] values = lines[1].trim().split("\\s+");
      double kb = 0;
      for (String column : new String[] {"S0U", "S1U", "OU"}) {
        kb += Double.parseDouble(values[names.indexOf(column)]);
      }
      return (long) (kb * 1024);
    } catch (Exception e) {
      return 0;
    }
  }

  long peakBytes() {
    return Math.max(peak.get(), usedBytes(pid));
  }

  private static long usedBytes(long pid) {
    Matcher used = USED.matcher(jcmd(pid, "GC.heap_info"));
    return used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
  }

  private static String jcmd(long pid, String command) {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    try {
      Process process =
          new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor();
      return out;
    } catch (Exception e) {
      return "";
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
