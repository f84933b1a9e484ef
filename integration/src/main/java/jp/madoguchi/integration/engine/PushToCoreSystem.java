package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.api.CoreSystemClient;
import jp.madoguchi.integration.api.RateLimiters;
import jp.madoguchi.integration.config.ApiSettings;
import jp.madoguchi.integration.port.ClaimedDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** DIRECT_API: waits for the endpoint's rate limit, POSTs the record and keeps the outcome. */
final class PushToCoreSystem implements Processor {

  private final CoreSystemClient client;
  private final RateLimiters rateLimiters;

  PushToCoreSystem(CoreSystemClient client, RateLimiters rateLimiters) {
    this.client = client;
    this.rateLimiters = rateLimiters;
  }

  @Override
  public void process(Exchange exchange) throws InterruptedException {
    ClaimedDelivery delivery = DeliveryExchange.delivery(exchange);
    ApiSettings api = delivery.route().api();
    rateLimiters.forRoute(api).acquire();
    DeliveryExchange.outcome(exchange, client.post(delivery.record(), api));
  }
}
