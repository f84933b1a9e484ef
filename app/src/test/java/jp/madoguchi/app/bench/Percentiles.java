package jp.madoguchi.app.bench;

import java.util.Arrays;

/** Latency percentiles of one run, in milliseconds. */
public record Percentiles(double p50, double p99) {

  static Percentiles of(double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Percentiles(at(sorted, 50), at(sorted, 99));
  }

  /** The percentile of values sorted ascending (nearest rank). */
  public static double at(double[] sorted, int percentile) {
    int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
