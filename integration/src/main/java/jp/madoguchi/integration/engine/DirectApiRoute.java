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
  static final String ATTEMPT = "direct:direct-api-attempt";

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
        .id("api-claim")
        .split(body())
        .to(ATTEMPT)
        .end();

    from(ATTEMPT)
        .routeId("direct-api-attempt")
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.startAttempt())
        .id("api-start-attempt")
        .process(pushToCoreSystem)
        .id("push-to-core-system")
        .process(steps.recordOutcome())
        .id("api-record-outcome");
  }
}
