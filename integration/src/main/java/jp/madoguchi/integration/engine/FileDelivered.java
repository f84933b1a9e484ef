package jp.madoguchi.integration.engine;

import java.util.logging.Logger;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.record.RenderedRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT, once the file is published (locally or over SFTP): a record that lost characters
 * (外字) or text is flagged for clerk review, and the file name becomes the core reference.
 */
final class FileDelivered implements Processor {

  private static final Logger LOG = Logger.getLogger(FileDelivered.class.getName());

  private final DeliveryQueue queue;

  FileDelivered(DeliveryQueue queue) {
    this.queue = queue;
  }

  @Override
  public void process(Exchange exchange) {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    RenderedRecord rendered = DeliveryExchange.rendered(exchange);
    if (rendered.needsClerkReview()) {
      queue.flagForClerkReview(delivery.record().deliveryId(), rendered.reviewReason());
    }
    LOG.fine(() -> "exported delivery " + delivery.record().deliveryId());
    DeliveryExchange.outcome(
        exchange, new DeliveryOutcome.Delivered(DeliveryExchange.fileName(exchange)));
  }
}
