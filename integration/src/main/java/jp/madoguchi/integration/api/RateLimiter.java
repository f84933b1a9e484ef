package jp.madoguchi.integration.api;

import java.util.function.LongSupplier;

/**
 * At most {@code maxPerSecond} requests per second to one endpoint, by spacing them at least
 * 1/maxPerSecond apart. {@link #reserve()} books the next free slot and says how long to wait for
 * it; {@link #acquire()} also waits. 0 means unlimited.
 */
public final class RateLimiter {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private long nextFreeNanos;

  public RateLimiter(int maxPerSecond, LongSupplier nanoTime) {
    this.intervalNanos = maxPerSecond <= 0 ? 0 : 1_000_000_000L / maxPerSecond;
    this.nanoTime = nanoTime;
    this.nextFreeNanos = nanoTime.getAsLong();
  }

  public RateLimiter(int maxPerSecond) {
    this(maxPerSecond, System::nanoTime);
  }

  /** Books a slot; returns the nanoseconds until it starts (0 when free now). */
  public synchronized long reserve() {
    long now = nanoTime.getAsLong();
    long slot = Math.max(now, nextFreeNanos);
    nextFreeNanos = slot + intervalNanos;
    return slot - now;
  }

  /** Books a slot and waits for it. */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
