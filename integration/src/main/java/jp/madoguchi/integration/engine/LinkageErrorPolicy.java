package jp.madoguchi.integration.engine;

import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error policy of the linkage routes: an exception while a delivery is performed is
 * classified ({@link ClassifyFailure}) and reported like any other outcome ({@link RecordOutcome}),
 * so it retries with backoff or parks, and the other deliveries of the poll go on. An exception
 * before a delivery was taken (the queue is unreachable) is logged; the next poll tries again.
 */
final class LinkageErrorPolicy extends RouteConfigurationBuilder {

  static final String ID = "linkage-error-policy";
  private static final Logger LOG = Logger.getLogger(LinkageErrorPolicy.class.getName());

  private final Processor recordOutcome;

  LinkageErrorPolicy(Processor recordOutcome) {
    this.recordOutcome = recordOutcome;
  }

  @Override
  public void configuration() {
    routeConfiguration(ID).onException(Exception.class).handled(true).process(this::report);
  }

  private void report(Exchange exchange) throws Exception {
    if (DeliveryExchange.delivery(exchange) == null) {
      Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
      LOG.warning(
          () -> "linkage poll failed: " + (failure == null ? "?" : failure.getClass().getName()));
      return;
    }
    DeliveryExchange.outcome(
        exchange,
        ClassifyFailure.classify(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class)));
    recordOutcome.process(exchange);
  }
}
