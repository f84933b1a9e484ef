package jp.madoguchi.app.application.intake;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * How long each intake transaction holds database row locks, for {@code /metrics}: from its first
 * write statement (the application's INSERT) to the end of its commit. A timer {@code
 * madoguchi_intake_lock_hold} (count, sum, recent quantiles) and cumulative counters {@code
 * madoguchi_intake_lock_hold_within{le}} (commits that held their locks at most {@code le}
 * seconds), from which a reader takes exact percentiles of any interval, also across nodes.
 */
@ApplicationScoped
public class IntakeLockHold {

  static final Metadata HOLD =
      Metadata.builder()
          .withName("madoguchi_intake_lock_hold")
          .withDescription("受付トランザクションが行ロックを保持した時間（最初の書き込みからコミット完了まで）")
          .withUnit(MetricUnits.NANOSECONDS)
          .build();

  static final Metadata WITHIN =
      Metadata.builder()
          .withName("madoguchi_intake_lock_hold_within")
          .withDescription("行ロックの保持が le 秒以内だった受付トランザクションの件数（累積）")
          .build();

  /** Bucket bounds in seconds: ten per decade from 0.1 ms to 10 s (about 26% apart). */
  static final double[] BOUNDS = bounds();

  @Inject MetricRegistry registry;
  @Resource TransactionSynchronizationRegistry transactions;

  private volatile Counter[] within;

  /**
   * Call right before the transaction's first write: the time until its commit ends is recorded
   * when it commits (nothing when it rolls back).
   */
  void firstWrite() {
    long started = System.nanoTime();
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // the commit has not started yet
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              record(System.nanoTime() - started);
            }
          }
        });
  }

  private void record(long nanos) {
    registry.timer(HOLD).update(Duration.ofNanos(nanos));
    Counter[] counters = counters();
    for (int i = firstBoundHolding(nanos / 1e9); i < BOUNDS.length; i++) {
      counters[i].inc();
    }
  }

  /** The index of the smallest bound at least {@code seconds} ({@code BOUNDS.length} if none). */
  static int firstBoundHolding(double seconds) {
    int found = java.util.Arrays.binarySearch(BOUNDS, seconds);
    return found >= 0 ? found : -found - 1;
  }

  private Counter[] counters() {
    Counter[] counters = within;
    if (counters == null) {
      counters = new Counter[BOUNDS.length];
      for (int i = 0; i < BOUNDS.length; i++) {
        counters[i] = registry.counter(WITHIN, new Tag("le", label(BOUNDS[i])));
      }
      within = counters;
    }
    return counters;
  }

  static String label(double bound) {
    return java.math.BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString();
  }

  private static double[] bounds() {
    double[] steps = {1.0, 1.25, 1.6, 2.0, 2.5, 3.2, 4.0, 5.0, 6.3, 8.0};
    double[] bounds = new double[5 * steps.length + 1];
    int i = 0;
    for (int exponent = -4; exponent <= 0; exponent++) {
      for (double step : steps) {
        bounds[i++] = java.math.BigDecimal.valueOf(step).scaleByPowerOfTen(exponent).doubleValue();
      }
    }
    bounds[i] = 10.0;
    return bounds;
  }
}
