package jp.madoguchi.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CPU time a process has used, from Linux's {@code /proc/<pid>/stat}. */
public final class ProcessCpu {

  /** Clock ticks per second of {@code /proc} figures (USER_HZ, 100 on Linux everywhere). */
  private static final double TICKS_PER_SECOND = 100.0;

  private ProcessCpu() {}

  /** User plus system CPU seconds of the process, or NaN where there is no {@code /proc}. */
  public static double seconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // fields after the command name in parentheses (which may contain spaces): state is 3rd
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long user = Long.parseLong(fields[11]);
      long system = Long.parseLong(fields[12]);
      return (user + system) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
