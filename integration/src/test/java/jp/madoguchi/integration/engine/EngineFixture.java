package jp.madoguchi.integration.engine;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.integration.camel.MadoguchiCamel;
import org.apache.camel.builder.NotifyBuilder;

/**
 * The linkage routes in the one CamelContext over an in-memory queue, with a thread factory that
 * counts its threads; tests wait for the routes with Camel's NotifyBuilder.
 */
final class EngineFixture implements AutoCloseable {

  static final PollSettings FAST_POLL =
      new PollSettings(Duration.ofMillis(20), 10, Duration.ofSeconds(30));

  final InMemoryDeliveryQueue queue = new InMemoryDeliveryQueue();
  final AtomicInteger threadsMade = new AtomicInteger();
  final LinkageEngine engine;
  final MadoguchiCamel camel;

  EngineFixture() {
    this(FAST_POLL);
  }

  EngineFixture(PollSettings poll) {
    engine = new LinkageEngine(queue, poll);
    ThreadFactory counting =
        runnable -> {
          threadsMade.incrementAndGet();
          Thread thread = Executors.defaultThreadFactory().newThread(runnable);
          thread.setDaemon(true);
          return thread;
        };
    camel = new MadoguchiCamel(counting, List.of(engine));
  }

  EngineFixture start() throws Exception {
    camel.start();
    return this;
  }

  /**
   * Waits until a poll of any linkage route completes with every delivery settled (delivered or
   * parked): Camel's NotifyBuilder on the running context, no sleeping.
   */
  boolean awaitSettled(Duration timeout) {
    NotifyBuilder settled =
        new NotifyBuilder(camel.context())
            .from("scheduler:*")
            .whenAnyDoneMatches(exchange -> queue.settled())
            .create();
    return settled.matches(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    camel.stop();
  }
}
