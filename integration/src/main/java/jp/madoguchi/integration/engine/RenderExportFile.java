package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.file.ExportFileName;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.RecordRenderer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT: renders the record as the route's file settings say, under the name that is its
 * reference ({@link ExportFileName}); the write or upload step takes it from there.
 */
final class RenderExportFile implements Processor {

  private final RecordRenderer renderer;

  RenderExportFile(RecordRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public void process(Exchange exchange) {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    DeliveryRecord record = delivery.record();
    FileSettings file = delivery.route().file();
    DeliveryExchange.rendered(
        exchange,
        ExportFileName.of(record.receiptNumber(), record.deliveryId(), file.format()),
        renderer.render(record, file));
  }
}
