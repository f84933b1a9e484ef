package jp.madoguchi.app.interfaces.rest;

import jp.madoguchi.app.domain.application.Application;

/** The answer to a submission. */
public record ReceiptView(String id, String receiptNumber, String status, String portalStatus) {

  static ReceiptView of(Application application) {
    return new ReceiptView(
        application.id().toString(),
        application.receiptNumber().value(),
        application.status().name(),
        application.status().portalStatus().label());
  }
}
