package jp.madoguchi.app.application.sequencing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.app.domain.sequencing.SequencingStore;
import org.junit.jupiter.api.Test;

class SequencerTest {

  /** A store whose rounds can be held open by a latch, counting the rounds it ran. */
  static final class HeldStore implements SequencingStore {
    final AtomicInteger rounds = new AtomicInteger();
    volatile CountDownLatch hold = new CountDownLatch(0);
    volatile boolean failing;

    @Override
    public Round sequence(int limit) {
      rounds.incrementAndGet();
      try {
        hold.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failing) {
        throw new IllegalStateException("database unreachable");
      }
      return new Round(1, 1, Duration.ZERO);
    }

    @Override
    public Optional<Duration> oldestWaiting() {
      return Optional.empty();
    }
  }

  private static Sequencer sequencer(HeldStore store, boolean enabled, long waitMs) {
    SequencerSettings settings = new SequencerSettings();
    settings.enabled = enabled;
    settings.waitMs = waitMs;
    settings.roundSize = 500;
    Sequencer sequencer = new Sequencer();
    sequencer.store = store;
    sequencer.settings = settings;
    sequencer.figures = new SequencingFigures();
    return sequencer;
  }

  @Test
  void aRequestAloneRunsOneRoundAndFindsItsWritesSequenced() {
    HeldStore store = new HeldStore();

    assertThat(sequencer(store, true, 2_000).awaitOwnWrites()).isTrue();
    assertThat(store.rounds).hasValue(1);
  }

  @Test
  void requestsArrivingDuringARoundShareTheNextOne() throws Exception {
    HeldStore store = new HeldStore();
    store.hold = new CountDownLatch(1);
    Sequencer sequencer = sequencer(store, true, 5_000);
    ExecutorService requests = Executors.newFixedThreadPool(9);
    try {
      Future<Boolean> leader = requests.submit(sequencer::awaitOwnWrites);
      awaitRounds(store, 1);
      List<Future<Boolean>> followers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        followers.add(requests.submit(sequencer::awaitOwnWrites));
      }
      awaitAsked(sequencer, 9);
      store.hold.countDown();

      assertThat(leader.get()).isTrue();
      for (Future<Boolean> follower : followers) {
        assertThat(follower.get()).isTrue();
      }
      assertThat(store.rounds).hasValue(2);
    } finally {
      requests.shutdownNow();
    }
  }

  @Test
  void aWaitThatRunsOutLetsTheAnswerGoAndIsCounted() throws Exception {
    HeldStore store = new HeldStore();
    store.hold = new CountDownLatch(1);
    Sequencer sequencer = sequencer(store, true, 100);
    ExecutorService requests = Executors.newFixedThreadPool(2);
    try {
      Future<Boolean> leader = requests.submit(sequencer::awaitOwnWrites);
      awaitRounds(store, 1);

      assertThat(requests.submit(sequencer::awaitOwnWrites).get(5, TimeUnit.SECONDS)).isFalse();
      assertThat(sequencer.figures.waitsRunOut()).isEqualTo(1);
      store.hold.countDown();
      assertThat(leader.get()).isTrue();
    } finally {
      requests.shutdownNow();
    }
  }

  @Test
  void aFailedRoundAnswersNotSequencedAndTheNextAskTriesAgain() {
    HeldStore store = new HeldStore();
    store.failing = true;
    Sequencer sequencer = sequencer(store, true, 2_000);

    assertThat(sequencer.awaitOwnWrites()).isFalse();
    store.failing = false;
    assertThat(sequencer.awaitOwnWrites()).isTrue();
    assertThat(store.rounds).hasValue(2);
  }

  @Test
  void switchedOffItNeitherWaitsNorSweeps() {
    HeldStore store = new HeldStore();
    Sequencer sequencer = sequencer(store, false, 2_000);

    assertThat(sequencer.awaitOwnWrites()).isFalse();
    sequencer.sweep();
    assertThat(store.rounds).hasValue(0);
  }

  private static void awaitRounds(HeldStore store, int rounds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (store.rounds.get() < rounds && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(store.rounds.get()).isGreaterThanOrEqualTo(rounds);
  }

  private static void awaitAsked(Sequencer sequencer, long asked) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (sequencer.asked() < asked && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(sequencer.asked()).isEqualTo(asked);
  }
}
