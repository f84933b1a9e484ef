package jp.madoguchi.integration.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Logger;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.file.AtomicFileWriter;
import jp.madoguchi.integration.file.ExportConflictException;
import jp.madoguchi.integration.file.ExportFileName;
import jp.madoguchi.integration.file.ExportWriteException;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT: renders the record as the route's file settings say and publishes it atomically in
 * the route's directory; the file name is the reference. A record that lost characters (外字) or text
 * is flagged for clerk review. The file gets the route's mode and group. Failures are thrown for
 * {@link LinkageErrorPolicy} to judge, a failed write with its path and the OS reason.
 */
final class ExportDeliveryFile implements Processor {

  private static final Logger LOG = Logger.getLogger(ExportDeliveryFile.class.getName());

  private final RecordRenderer renderer;
  private final AtomicFileWriter writer;
  private final DeliveryQueue queue;

  ExportDeliveryFile(RecordRenderer renderer, AtomicFileWriter writer, DeliveryQueue queue) {
    this.renderer = renderer;
    this.writer = writer;
    this.queue = queue;
  }

  @Override
  public void process(Exchange exchange) throws Exception {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    DeliveryRecord record = delivery.record();
    FileSettings file = delivery.route().file();
    RenderedRecord rendered = renderer.render(record, file);
    String name = ExportFileName.of(record.receiptNumber(), record.deliveryId(), file.format());
    Path directory =
        file.directoryPath()
            .orElseThrow(() -> new IllegalStateException("route has no export directory"));
    try {
      writer.write(
          directory, name, rendered.content(), file.permissions().orElse(null), file.group());
    } catch (ExportConflictException e) {
      throw e;
    } catch (IOException e) {
      throw new ExportWriteException(directory, e);
    }
    if (rendered.needsClerkReview()) {
      queue.flagForClerkReview(record.deliveryId(), rendered.reviewReason());
    }
    LOG.fine(() -> "exported " + record.receiptNumber() + " delivery " + record.deliveryId());
    DeliveryExchange.outcome(exchange, new DeliveryOutcome.Delivered(name));
  }
}
