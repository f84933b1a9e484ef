package jp.madoguchi.app.application.linkage;

import java.time.Instant;
import jp.madoguchi.app.domain.linkage.DeliveryView;

/** A delivery in API answers: ids, route version, state, attempts, errors; no personal data. */
public record DeliveryItem(
    String id,
    String applicationId,
    String receiptNumber,
    String procedureCode,
    String route,
    int routeVersion,
    String pattern,
    String status,
    int attempts,
    String nextAttemptAt,
    String coreReference,
    String lastError,
    String flaggedReason,
    String createdAt,
    String updatedAt) {

  public static DeliveryItem of(DeliveryView d) {
    return new DeliveryItem(
        d.id().toString(),
        d.applicationId().toString(),
        d.receiptNumber(),
        d.procedureCode(),
        d.routeName(),
        d.routeVersion(),
        d.pattern(),
        d.status().name(),
        d.attempts(),
        text(d.nextAttemptAt()),
        d.coreReference(),
        d.lastError(),
        d.flaggedReason(),
        text(d.createdAt()),
        text(d.updatedAt()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
