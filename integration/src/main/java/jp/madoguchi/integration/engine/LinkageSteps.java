package jp.madoguchi.integration.engine;

import java.time.Clock;
import java.util.Random;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.port.DeliveryQueue;
import org.apache.camel.Processor;

/** The steps every pushed pattern shares: poll, claim, start an attempt, report its outcome. */
final class LinkageSteps {

  private final DeliveryQueue queue;
  private final PollSettings poll;
  private final StartAttempt startAttempt;
  private final RecordOutcome recordOutcome;

  LinkageSteps(DeliveryQueue queue, PollSettings poll, Clock clock, Random random) {
    this.queue = queue;
    this.poll = poll;
    this.startAttempt = new StartAttempt(clock);
    this.recordOutcome = new RecordOutcome(queue, clock, random);
  }

  String schedulerUri(String name) {
    return "scheduler:" + name + "?initialDelay=0&delay=" + poll.delay().toMillis();
  }

  Processor claim(DeliveryPattern pattern) {
    return new ClaimDueDeliveries(queue, pattern, poll);
  }

  Processor startAttempt() {
    return startAttempt;
  }

  Processor recordOutcome() {
    return recordOutcome;
  }
}
