package jp.madoguchi.app.interfaces.rest.intake;

import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.portal.PortalRefusal;

/** What the portal shows the resident about one application. */
public record StatusView(
    String receiptNumber, String status, String portalStatus, String updatedAt, String message) {

  static StatusView of(Application application) {
    return new StatusView(
        application.receiptNumber().value(),
        application.status().name(),
        application.status().portalStatus().label(),
        application.updatedAt().toString(),
        application.statusMessage());
  }

  /** A package fetched from the portal but unreadable: no application, 受付エラー with the reason. */
  static StatusView ofRefusedPackage(PortalRefusal refused) {
    return new StatusView(
        refused.receiptNumber(),
        ApplicationStatus.INTAKE_ERROR.name(),
        ApplicationStatus.INTAKE_ERROR.portalStatus().label(),
        refused.fetchedAt().toString(),
        "受付エラー: " + refused.reason());
  }
}
