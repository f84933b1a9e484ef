package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.linkage.Deliveries;

/** The linkage part of an application's history: each delivery, its attempts, core reference. */
@ApplicationScoped
public class ApplicationDeliveries {

  @Inject ApplicationRepository applications;
  @Inject Deliveries deliveries;

  @Transactional
  public List<DeliveryHistory> of(UUID applicationId) {
    if (applications.findById(applicationId).isEmpty()) {
      throw new ApplicationProblem(ProblemType.NOT_FOUND, "申請 " + applicationId + " はありません");
    }
    return deliveries.ofApplication(applicationId).stream()
        .map(d -> DeliveryHistory.of(d, deliveries.attemptsOf(d.id())))
        .toList();
  }
}
