package jp.madoguchi.app.application.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import jp.madoguchi.app.domain.sequencing.SequencingStore.Round;

/**
 * What this node's sequencer did since start: rounds, writes sequenced, the longest a request
 * waited for its own writes, waits that ran out, and the longest any write waited to be sequenced.
 */
@ApplicationScoped
public class SequencingFigures {

  private final AtomicLong rounds = new AtomicLong();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong entries = new AtomicLong();
  private final AtomicLong longestRequestWaitMicros = new AtomicLong();
  private final AtomicLong waitsRunOut = new AtomicLong();
  private final AtomicLong longestWriteWaitMillis = new AtomicLong();
  private final AtomicBoolean failing = new AtomicBoolean();

  void waited(Duration waited, boolean done) {
    longestRequestWaitMicros.accumulateAndGet(waited.toNanos() / 1_000, Math::max);
    if (!done) {
      waitsRunOut.incrementAndGet();
    }
  }

  void sequenced(Round round) {
    if (round.changes() + round.entries() == 0) {
      return;
    }
    rounds.incrementAndGet();
    changes.addAndGet(round.changes());
    entries.addAndGet(round.entries());
    longestWriteWaitMillis.accumulateAndGet(round.oldestWait().toMillis(), Math::max);
  }

  /** Notes a failed round; true when it is the first of a run of failures (worth a log line). */
  boolean failed() {
    return !failing.getAndSet(true);
  }

  void recovered() {
    failing.set(false);
  }

  public long rounds() {
    return rounds.get();
  }

  public long changes() {
    return changes.get();
  }

  public long entries() {
    return entries.get();
  }

  public Duration longestRequestWait() {
    return Duration.ofNanos(longestRequestWaitMicros.get() * 1_000);
  }

  public long waitsRunOut() {
    return waitsRunOut.get();
  }

  public Duration longestWriteWait() {
    return Duration.ofMillis(longestWriteWaitMillis.get());
  }
}
