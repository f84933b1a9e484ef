package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * DIRECT_API (API連携): every poll claims the due deliveries and POSTs each to its route's core
 * system, with the delivery id as Idempotency-Key.
 */
public final class DirectApiRoute extends RouteBuilder {

  static final String ROUTE_ID = "direct-api";

  private final LinkageSteps steps;
  private final Processor pushToCoreSystem;

  DirectApiRoute(LinkageSteps steps, Processor pushToCoreSystem) {
    this.steps = steps;
    this.pushToCoreSystem = pushToCoreSystem;
  }

  @Override
  public void configure() {
    from(steps.schedulerUri(ROUTE_ID))
        .routeId(ROUTE_ID)
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.claim(DeliveryPattern.DIRECT_API))
        .split(body())
        .process(steps.startAttempt())
        .process(pushToCoreSystem)
        .process(steps.recordOutcome())
        .end();
  }
}
