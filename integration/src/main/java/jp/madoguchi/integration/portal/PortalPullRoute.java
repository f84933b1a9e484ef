package jp.madoguchi.integration.portal;

import java.time.Clock;
import org.apache.camel.builder.RouteBuilder;

/**
 * ポータルからの申請取得: on the scheduler (skipped while backing off) or on demand, log in → list new
 * applications → for each: fetch the package → store it → confirm receipt. Storing comes before
 * confirming, so a crash in between means a re-fetch, which the 受付番号 makes harmless. The first
 * failure ends the poll; it is recorded for health and backoff.
 */
final class PortalPullRoute extends RouteBuilder {

  static final String POLL = "direct:portal-poll";
  private static final String EACH_NEW_PACKAGE = "direct:portal-new-packages";

  private final PortalPullSteps steps;
  private final PortalPullStatus status;
  private final PortalConnection connection;
  private final boolean scheduled;
  private final Clock clock;

  PortalPullRoute(
      PortalPullSteps steps,
      PortalPullStatus status,
      PortalConnection connection,
      boolean scheduled,
      Clock clock) {
    this.steps = steps;
    this.status = status;
    this.connection = connection;
    this.scheduled = scheduled;
    this.clock = clock;
  }

  @Override
  public void configure() {
    errorHandler(noErrorHandler());

    if (scheduled) {
      long delay = connection.interval().toMillis();
      from("scheduler:portal-pull?initialDelay=" + delay + "&delay=" + delay)
          .routeId("portal-pull-schedule")
          .filter(exchange -> status.isDue(clock.instant()))
          .to(POLL);
    }

    from(POLL)
        .routeId("portal-pull")
        .doTry()
        .to(EACH_NEW_PACKAGE)
        .process(steps::succeeded)
        .doCatch(Exception.class)
        .process(steps::failed)
        .end();

    from(EACH_NEW_PACKAGE)
        .routeId("portal-pull-packages")
        .process(steps::login)
        .id("portal-login")
        .process(steps::listNew)
        .id("portal-list-new")
        .split(body())
        .stopOnException()
        .process(steps::fetch)
        .id("portal-fetch")
        .process(steps::store)
        .id("portal-store")
        .process(steps::confirm)
        .id("portal-confirm");
  }
}
