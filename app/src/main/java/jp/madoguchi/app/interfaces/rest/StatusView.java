package jp.madoguchi.app.interfaces.rest;

import jp.madoguchi.app.domain.application.Application;

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
}
