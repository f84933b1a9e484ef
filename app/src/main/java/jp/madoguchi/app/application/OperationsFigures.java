package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.IntakeQueue;
import jp.madoguchi.app.domain.application.ServiceLevelStore;
import jp.madoguchi.app.domain.linkage.DeliveryBacklog;

/**
 * The figures an operator watches, over every procedure: applications per status and overdue ones
 * (from the {@code queue_count} table, not the application table), and deliveries waiting or parked
 * per linkage route.
 */
@ApplicationScoped
public class OperationsFigures {

  /** One reading of the figures. */
  public record Figures(
      Map<ApplicationStatus, Long> applicationsByStatus,
      long overdue,
      List<DeliveryBacklog.Row> deliveries) {}

  @Inject IntakeQueue queue;
  @Inject ServiceLevelStore serviceLevels;
  @Inject Clock clock;
  @Inject DeliveryBacklog deliveries;

  @Transactional
  public Figures read() {
    return new Figures(
        queue.countByStatus(ProcedureScope.ALL),
        queue.overdue(serviceLevels.current(), clock.instant(), ProcedureScope.ALL),
        deliveries.perRoute());
  }
}
