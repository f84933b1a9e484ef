package jp.madoguchi.integration.engine;

import java.util.List;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Claims the pattern's due deliveries; the body becomes the list of claims. Tells a greedy
 * scheduler whether to poll again at once: only when something was claimed (not when the claim
 * failed).
 */
final class ClaimDueDeliveries implements Processor {

  private final DeliveryQueue queue;
  private final DeliveryPattern pattern;
  private final int max;
  private final PollSettings poll;

  ClaimDueDeliveries(DeliveryQueue queue, DeliveryPattern pattern, int max, PollSettings poll) {
    this.queue = queue;
    this.pattern = pattern;
    this.max = max;
    this.poll = poll;
  }

  @Override
  public void process(Exchange exchange) {
    exchange.setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, false);
    List<ClaimedDelivery> claimed = queue.claimDue(pattern, max, poll.lease());
    exchange.getIn().setBody(claimed);
    exchange.setProperty(Exchange.SCHEDULER_POLLED_MESSAGES, !claimed.isEmpty());
  }
}
