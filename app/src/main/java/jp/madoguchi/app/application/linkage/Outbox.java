package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.app.application.LinkageTrigger;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.integration.config.DeliveryTrigger;

/**
 * The transactional outbox: the state change that triggers a route (受付 for ON_RECEIPT, 受理 for
 * ON_ACCEPT) writes one delivery per enabled route of the procedure in its own transaction, with
 * the route's current version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox implements LinkageTrigger {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @Inject LinkageRoutes routes;
  @Inject Deliveries deliveries;
  @Inject LinkageCompletion completion;

  /** After 受付: deliveries of the ON_RECEIPT routes. */
  @Override
  public void received(Application application, Instant now) {
    write(application, DeliveryTrigger.ON_RECEIPT, now);
  }

  /**
   * After 受理: deliveries of the ON_ACCEPT routes; an application whose deliveries were all
   * confirmed already (ON_RECEIPT only) is LINKED at once.
   */
  @Override
  public void accepted(Application application, Instant now) {
    write(application, DeliveryTrigger.ON_ACCEPT, now);
    completion.linkIfAllDelivered(application, now);
  }

  /** Whether any delivery was ever written for the application. */
  @Override
  public boolean hasDeliveries(Application application) {
    return !deliveries.ofApplication(application.id()).isEmpty();
  }

  private void write(Application application, DeliveryTrigger trigger, Instant now) {
    for (RouteVersion route : routes.currentFor(application.procedureCode())) {
      if (route.config().enabled() && route.config().trigger() == trigger) {
        Delivery delivery =
            Delivery.create(application.id(), application.receiptNumber().value(), route, now);
        deliveries.add(delivery);
        UUID id = delivery.id();
        LOG.info(
            () ->
                "連携 receipt="
                    + application.receiptNumber()
                    + " delivery="
                    + id
                    + " route="
                    + route.routeName()
                    + " v"
                    + route.version());
      }
    }
  }
}
