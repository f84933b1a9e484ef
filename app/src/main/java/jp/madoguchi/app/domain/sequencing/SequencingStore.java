package jp.madoguchi.app.domain.sequencing;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the sequencer's rounds run: one round, in a short transaction of its own, locks the feed's
 * counter and the access log's head (in that order), numbers up to {@code limit} committed status
 * changes without a position, chains up to {@code limit} committed pending audit entries, and
 * commits. The locks make rounds of several nodes take turns; a killed node's lock dies with its
 * connection.
 */
public interface SequencingStore {

  /** Runs one round. */
  Round sequence(int limit);

  /** How long the oldest committed, not yet sequenced write has waited, if any. */
  Optional<Duration> oldestWaiting();

  /**
   * What one round did: how many changes it numbered and entries it chained, and how long the
   * oldest of them had waited since it was written (zero when none).
   */
  record Round(int changes, int entries, Duration oldestWait) {
    public static final Round NOTHING = new Round(0, 0, Duration.ZERO);

    /** Whether the round was cut at {@code limit}, so that more may be waiting. */
    public boolean full(int limit) {
      return changes >= limit || entries >= limit;
    }
  }
}
