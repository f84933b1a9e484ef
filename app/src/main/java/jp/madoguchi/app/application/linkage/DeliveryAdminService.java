package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;

/** IT staff watching deliveries and replaying parked ones (one, or all of a procedure). */
@ApplicationScoped
public class DeliveryAdminService {

  private static final int LIST_LIMIT = 500;

  @Inject Deliveries deliveries;
  @Inject Clock clock;

  @Transactional
  public List<DeliveryItem> list(String status, String procedureCode) {
    return deliveries.list(status(status), blankToNull(procedureCode), LIST_LIMIT).stream()
        .map(DeliveryItem::of)
        .toList();
  }

  @Transactional
  public DeliveryItem retry(UUID id) {
    deliveries.find(id).orElseThrow(() -> notFound(id));
    if (!deliveries.replay(id, clock.instant())) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "再送できるのは停止（PARKED）中の連携だけです");
    }
    return DeliveryItem.of(deliveries.find(id).orElseThrow());
  }

  /** Replays every PARKED delivery (of the procedure when given); returns how many. */
  @Transactional
  public int retryAll(String status, String procedureCode) {
    if (!DeliveryStatus.PARKED.name().equals(status)) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "status には PARKED を指定してください");
    }
    return deliveries.replayAll(DeliveryStatus.PARKED, blankToNull(procedureCode), clock.instant());
  }

  static ApplicationProblem notFound(UUID id) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "連携 " + id + " はありません");
  }

  private static DeliveryStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return DeliveryStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "status が正しくありません: " + status);
    }
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
