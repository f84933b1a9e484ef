package jp.madoguchi.app.bench;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import jp.madoguchi.app.it.Api;
import jp.madoguchi.app.it.MadoguchiServer;

/**
 * The server's used heap as /metrics reports it ({@code memory_usedHeap_bytes}), sampled for its
 * peak; {@link #collect} runs a full GC in the server (jcmd) so that a run starts from live data.
 */
final class ServerHeap implements AutoCloseable {

  private final Api metrics;
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private ServerHeap(MadoguchiServer server) {
    metrics = Api.anonymous(server);
    sampler =
        new Thread(
            () -> {
              while (running) {
                peak.accumulateAndGet(usedBytes(), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
  }

  static ServerHeap watch(MadoguchiServer server) {
    ServerHeap heap = new ServerHeap(server);
    heap.sampler.start();
    return heap;
  }

  static void collect(MadoguchiServer server) throws Exception {
    String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    new ProcessBuilder(jcmd, Long.toString(server.pid()), "GC.run")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start()
        .waitFor();
  }

  static long used(MadoguchiServer server) {
    return new ServerHeap(server).usedBytes();
  }

  long peakBytes() {
    return peak.get();
  }

  private long usedBytes() {
    try {
      for (String line : metrics.get("/metrics").text().split("\n")) {
        if (line.startsWith("memory_usedHeap_bytes")) {
          return (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    } catch (RuntimeException unavailable) {
      // a busy server: the next sample
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
