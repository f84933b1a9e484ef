package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.linkage.Deliveries;

/**
 * The linkage part of an application's history: each delivery, its attempts, core reference; only
 * of applications in the viewer's procedure scope.
 */
@ApplicationScoped
public class ApplicationDeliveries {

  @Inject ProcedureAccess access;
  @Inject Deliveries deliveries;

  @Transactional
  public List<DeliveryHistory> of(UUID applicationId, String viewer) {
    access.application(applicationId, viewer);
    return deliveries.ofApplication(applicationId).stream()
        .map(d -> DeliveryHistory.of(d, deliveries.attemptsOf(d.id())))
        .toList();
  }
}
