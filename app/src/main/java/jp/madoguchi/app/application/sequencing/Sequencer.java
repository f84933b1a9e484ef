package jp.madoguchi.app.application.sequencing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.sequencing.SequencingStore;
import jp.madoguchi.app.domain.sequencing.SequencingStore.Round;

/**
 * Runs sequencing rounds on this node, one at a time, for everyone who asks (group sequencing):
 * whoever asks while no round runs leads the next one, which covers every write committed before it
 * started; those who ask meanwhile wait for the round after. Across nodes the store's head locks
 * make rounds take turns.
 */
@ApplicationScoped
public class Sequencer {

  private static final Logger LOG = Logger.getLogger(Sequencer.class.getName());
  private static final Duration LATE = Duration.ofSeconds(1);

  @Inject SequencingStore store;
  @Inject SequencerSettings settings;
  @Inject SequencingFigures figures;

  private final Object turn = new Object();
  private long asked;
  private long covered;
  private boolean running;

  /**
   * After the caller's transaction committed: waits, at most {@link
   * SequencerSettings#requestWait()}, until its writes are numbered and chained. False when the
   * wait ran out (the sweep finishes the work later) or the sequencer is switched off.
   */
  public boolean awaitOwnWrites() {
    if (!settings.enabled()) {
      return false;
    }
    long started = System.nanoTime();
    boolean done = await(started + settings.requestWait().toNanos());
    figures.waited(Duration.ofNanos(System.nanoTime() - started), done);
    return done;
  }

  /**
   * Before a read that must include everything committed so far (the dashboard counts, the access
   * log for auditors): waits, as {@link #awaitOwnWrites()}, for a round that started after now.
   */
  public boolean catchUp() {
    return awaitOwnWrites();
  }

  /** One sweep: sequences whatever has committed, e.g. writes of a request that gave up waiting. */
  public void sweep() {
    if (settings.enabled()) {
      await(System.nanoTime() + settings.requestWait().toNanos());
    }
  }

  /** How many waits were asked for since start (for tests of the grouping). */
  long asked() {
    synchronized (turn) {
      return asked;
    }
  }

  private boolean await(long deadline) {
    long ticket;
    synchronized (turn) {
      ticket = ++asked;
    }
    while (true) {
      long cover;
      synchronized (turn) {
        while (running && covered < ticket) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          try {
            TimeUnit.NANOSECONDS.timedWait(turn, left);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
          }
        }
        if (covered >= ticket) {
          return true;
        }
        running = true;
        cover = asked;
      }
      boolean finished = false;
      try {
        finished = runRounds();
      } finally {
        synchronized (turn) {
          running = false;
          if (finished) {
            covered = Math.max(covered, cover);
          }
          turn.notifyAll();
        }
      }
      if (!finished) {
        return false;
      }
    }
  }

  /** Rounds until one is not full; false when one failed (logged; the sweep tries again). */
  private boolean runRounds() {
    int limit = settings.roundSize();
    try {
      Round round;
      do {
        round = store.sequence(limit);
        figures.sequenced(round);
        if (round.oldestWait().compareTo(LATE) > 0) {
          Round late = round;
          LOG.info(
              () ->
                  "採番の遅れていた状態変更とアクセスログを処理しました（状態変更 "
                      + late.changes()
                      + " 件、アクセスログ "
                      + late.entries()
                      + " 件、最大待ち "
                      + late.oldestWait().toMillis()
                      + " ms）");
        }
      } while (round.full(limit));
      figures.recovered();
      return true;
    } catch (RuntimeException e) {
      if (figures.failed()) {
        LOG.log(Level.WARNING, "採番（状態変更フィードとアクセスログの連鎖）に失敗しました。定期処理で再試行します", e);
      }
      return false;
    }
  }
}
