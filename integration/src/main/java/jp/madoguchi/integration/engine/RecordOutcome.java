package jp.madoguchi.integration.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.integration.delivery.Backoff;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Reports an attempt's outcome through the port. A retry is scheduled after the route's backoff (or
 * the core system's Retry-After, whichever is later) until the route's maxAttempts is reached; then
 * the delivery is parked with the last error.
 */
final class RecordOutcome implements Processor {

  private static final Logger LOG = Logger.getLogger(RecordOutcome.class.getName());

  private final DeliveryQueue queue;
  private final Clock clock;
  private final Random random;

  RecordOutcome(DeliveryQueue queue, Clock clock, Random random) {
    this.queue = queue;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public void process(Exchange exchange) {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    DeliveryOutcome outcome = DeliveryExchange.outcome(exchange);
    Instant startedAt = DeliveryExchange.startedAt(exchange);
    Instant now = clock.instant();
    Duration took = now.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, now);
    UUID id = delivery.record().deliveryId();
    if (outcome instanceof DeliveryOutcome.Delivered delivered) {
      queue.delivered(
          delivery.lease(),
          delivered.coreReference(),
          new Attempt(startedAt, took, AttemptOutcome.DELIVERED, null));
    } else if (outcome instanceof DeliveryOutcome.Park park) {
      queue.park(
          delivery.lease(), new Attempt(startedAt, took, AttemptOutcome.PARKED, park.reason()));
    } else {
      retryOrPark(delivery, (DeliveryOutcome.Retry) outcome, startedAt, took, now);
    }
    LOG.info(
        () ->
            "delivery "
                + id
                + " of "
                + delivery.record().receiptNumber()
                + ": "
                + outcome.getClass().getSimpleName());
  }

  private void retryOrPark(
      ClaimedDelivery delivery,
      DeliveryOutcome.Retry retry,
      Instant startedAt,
      Duration took,
      Instant now) {
    int attemptsMade = delivery.attemptsSoFar() + 1;
    if (attemptsMade >= delivery.route().retry().maxAttempts()) {
      String reason = retry.reason() + " (maxAttempts " + attemptsMade + " reached)";
      queue.park(delivery.lease(), new Attempt(startedAt, took, AttemptOutcome.PARKED, reason));
      return;
    }
    Duration wait = new Backoff(delivery.route().retry(), random).delayAfter(attemptsMade);
    if (retry.retryAfter().isPresent() && retry.retryAfter().get().compareTo(wait) > 0) {
      wait = retry.retryAfter().get();
    }
    Attempt attempt = new Attempt(startedAt, took, AttemptOutcome.RETRY_SCHEDULED, retry.reason());
    queue.retryLater(delivery.lease(), attempt, now.plus(wait));
  }
}
