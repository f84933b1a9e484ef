package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;

/**
 * 基幹連携済: when every delivery of an accepted application is DELIVERED, the application becomes
 * LINKED. The application row is locked first, so two deliveries confirmed at the same time cannot
 * both miss each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LinkageCompletion {

  private static final Logger LOG = Logger.getLogger(LinkageCompletion.class.getName());

  @Inject ApplicationRepository applications;
  @Inject Deliveries deliveries;

  /** Locks the application of a delivery before its outcome is written; null when unknown. */
  public Application lockApplication(UUID applicationId) {
    return applications.findByIdForUpdate(applicationId).orElse(null);
  }

  /** To be called after a delivery of the (locked or just changed) application was confirmed. */
  public void linkIfAllDelivered(Application application, Instant now) {
    if (application.status() != ApplicationStatus.ACCEPTED) {
      return;
    }
    List<DeliveryView> all = deliveries.ofApplication(application.id());
    if (all.isEmpty() || all.stream().anyMatch(d -> d.status() != DeliveryStatus.DELIVERED)) {
      return;
    }
    application.link(now);
    applications.update(application);
    LOG.info(() -> "基幹連携済 receipt=" + application.receiptNumber());
  }
}
