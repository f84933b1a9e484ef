package jp.madoguchi.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** One line about the machine the figures come from. */
final class Machine {

  private Machine() {}

  static String describe() throws Exception {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(line -> line.startsWith("model name"))
            .findFirst()
            .map(line -> line.substring(line.indexOf(':') + 1).trim())
            .orElse("unknown CPU");
    long memKb =
        Files.readAllLines(Path.of("/proc/meminfo")).stream()
            .filter(line -> line.startsWith("MemTotal"))
            .findFirst()
            .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
            .orElse(0L);
    String load = Files.readString(Path.of("/proc/loadavg")).trim();
    return String.format(
        "%s, %d cores, %.0f GiB RAM, Java %s, load average at the end %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memKb / 1048576.0,
        System.getProperty("java.version"),
        load);
  }
}
