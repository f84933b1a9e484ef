package jp.madoguchi.integration.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.FinishedDelivery;
import jp.madoguchi.integration.record.RenderedRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT, once the file is published (locally or over SFTP): the delivery joins its poll's
 * finished files ({@link RecordDeliveredFiles} records them together), with the file name as its
 * core reference and, when the record lost characters (外字) or text, the reason for clerk review.
 */
final class FileDelivered implements Processor {

  private final Clock clock;

  FileDelivered(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void process(Exchange exchange) {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    RenderedRecord rendered = DeliveryExchange.rendered(exchange);
    Instant startedAt = DeliveryExchange.startedAt(exchange);
    Instant now = clock.instant();
    Duration took = now.isBefore(startedAt) ? Duration.ZERO : Duration.between(startedAt, now);
    DeliveryExchange.deliveredFiles(exchange)
        .add(
            new FinishedDelivery(
                delivery.lease(),
                DeliveryExchange.fileName(exchange),
                new Attempt(startedAt, took, AttemptOutcome.DELIVERED, null),
                rendered.needsClerkReview() ? rendered.reviewReason() : null));
  }
}
