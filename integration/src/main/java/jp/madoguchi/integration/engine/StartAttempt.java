package jp.madoguchi.integration.engine;

import java.time.Clock;
import jp.madoguchi.integration.port.ClaimedDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Takes one claimed delivery off the split body and notes when its attempt started. */
final class StartAttempt implements Processor {

  private final Clock clock;

  StartAttempt(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void process(Exchange exchange) {
    ClaimedDelivery delivery = exchange.getIn().getBody(ClaimedDelivery.class);
    DeliveryExchange.begin(exchange, delivery, clock.instant());
  }
}
