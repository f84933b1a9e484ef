package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryTally;

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
    linkAllDelivered(List.of(application), now);
  }

  /**
   * {@link #linkIfAllDelivered} for several (locked) applications at once: their deliveries are
   * counted in one query, and those linked are written together.
   */
  public void linkAllDelivered(Collection<Application> candidates, Instant now) {
    List<Application> accepted =
        candidates.stream()
            .distinct()
            .filter(a -> a.status() == ApplicationStatus.ACCEPTED)
            .toList();
    if (accepted.isEmpty()) {
      return;
    }
    Map<UUID, DeliveryTally> tallies =
        deliveries.talliesOf(accepted.stream().map(Application::id).toList());
    List<Application> linked = new ArrayList<>();
    for (Application application : accepted) {
      if (tallies.get(application.id()).allDelivered()) {
        application.link(now);
        linked.add(application);
      }
    }
    if (linked.isEmpty()) {
      return;
    }
    applications.updateAll(linked);
    linked.forEach(a -> LOG.info(() -> "基幹連携済 receipt=" + a.receiptNumber()));
  }
}
