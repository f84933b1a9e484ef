package jp.madoguchi.integration.engine;

import java.time.Instant;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.record.RenderedRecord;
import org.apache.camel.Exchange;

/** The exchange properties one delivery attempt carries between the processors. */
final class DeliveryExchange {

  private static final String DELIVERY = "madoguchi.delivery";
  private static final String STARTED_AT = "madoguchi.startedAt";
  private static final String OUTCOME = "madoguchi.outcome";
  private static final String RENDERED = "madoguchi.rendered";
  private static final String FILE_NAME = "madoguchi.fileName";
  private static final String DELIVERED_FILES = "madoguchi.deliveredFiles";

  private DeliveryExchange() {}

  static void begin(Exchange exchange, ClaimedDelivery delivery, Instant startedAt) {
    exchange.setProperty(DELIVERY, delivery);
    exchange.setProperty(STARTED_AT, startedAt);
  }

  static ClaimedDelivery delivery(Exchange exchange) {
    return exchange.getProperty(DELIVERY, ClaimedDelivery.class);
  }

  static Instant startedAt(Exchange exchange) {
    return exchange.getProperty(STARTED_AT, Instant.class);
  }

  static void outcome(Exchange exchange, DeliveryOutcome outcome) {
    exchange.setProperty(OUTCOME, outcome);
  }

  static DeliveryOutcome outcome(Exchange exchange) {
    return exchange.getProperty(OUTCOME, DeliveryOutcome.class);
  }

  /** The file a FILE_EXPORT attempt rendered, under its name, for the write or upload step. */
  static void rendered(Exchange exchange, String fileName, RenderedRecord rendered) {
    exchange.setProperty(FILE_NAME, fileName);
    exchange.setProperty(RENDERED, rendered);
  }

  static RenderedRecord rendered(Exchange exchange) {
    return exchange.getProperty(RENDERED, RenderedRecord.class);
  }

  /**
   * A FILE_EXPORT poll's collection of finished files, shared by the attempts it splits into (a
   * split copies the poll's properties, so each attempt adds to the same collection).
   */
  static void collectDeliveredFiles(Exchange exchange) {
    exchange.setProperty(DELIVERED_FILES, new DeliveredFiles());
  }

  static DeliveredFiles deliveredFiles(Exchange exchange) {
    return exchange.getProperty(DELIVERED_FILES, DeliveredFiles.class);
  }

  static String fileName(Exchange exchange) {
    return exchange.getProperty(FILE_NAME, String.class);
  }
}
