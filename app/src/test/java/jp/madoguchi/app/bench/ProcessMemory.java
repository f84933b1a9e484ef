package jp.madoguchi.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Resident memory (VmRSS of /proc/pid/status) of the server process, and a peak sampler. */
final class ProcessMemory implements AutoCloseable {

  private final long pid;
  private final AtomicLong peakKb = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  private ProcessMemory(long pid) {
    this.pid = pid;
    sampler =
        new Thread(
            () -> {
              while (running) {
                peakKb.accumulateAndGet(residentKb(pid), Math::max);
                try {
                  Thread.sleep(100);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-sampler");
    sampler.setDaemon(true);
  }

  /** Samples the peak resident memory until closed. */
  static ProcessMemory watch(long pid) {
    ProcessMemory memory = new ProcessMemory(pid);
    memory.sampler.start();
    return memory;
  }

  double peakMb() {
    return peakKb.get() / 1024.0;
  }

  static double residentMb(long pid) {
    return residentKb(pid) / 1024.0;
  }

  private static long residentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException gone) {
      // the process ended
    }
    return 0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
