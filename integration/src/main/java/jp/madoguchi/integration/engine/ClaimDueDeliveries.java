package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.port.DeliveryQueue;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Claims the pattern's due deliveries; the body becomes the list of claims. */
final class ClaimDueDeliveries implements Processor {

  private final DeliveryQueue queue;
  private final DeliveryPattern pattern;
  private final PollSettings poll;

  ClaimDueDeliveries(DeliveryQueue queue, DeliveryPattern pattern, PollSettings poll) {
    this.queue = queue;
    this.pattern = pattern;
    this.poll = poll;
  }

  @Override
  public void process(Exchange exchange) {
    exchange.getIn().setBody(queue.claimDue(pattern, poll.batchSize(), poll.lease()));
  }
}
