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

  /** As {@link #schedulerUri}, polling again at once after a poll that claimed something. */
  String greedySchedulerUri(String name) {
    return schedulerUri(name) + "&greedy=true";
  }

  /** Claims up to the poll's batch size. */
  Processor claim(DeliveryPattern pattern) {
    return new ClaimDueDeliveries(queue, pattern, poll.batchSize(), poll);
  }

  /** FILE_EXPORT: claims a group's worth and records the finished files a group at a time. */
  Processor claimGroup(DeliveryPattern pattern) {
    return new ClaimDueDeliveries(queue, pattern, poll.groupSize(), poll);
  }

  Processor recordDeliveredFiles() {
    return new RecordDeliveredFiles(queue, poll.groupSize());
  }

  Processor startAttempt() {
    return startAttempt;
  }

  Processor recordOutcome() {
    return recordOutcome;
  }
}
