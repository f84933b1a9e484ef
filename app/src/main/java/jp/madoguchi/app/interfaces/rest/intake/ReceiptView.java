package jp.madoguchi.app.interfaces.rest.intake;

import java.util.List;
import jp.madoguchi.app.application.workflow.ApplicationViews;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.forms.validation.Violation;

/**
 * The answer to a submission. {@code warnings} lists what the validation found without refusing the
 * application ({@code [{"field", "code", "message"}]}, the shape of problem+json {@code errors});
 * empty when there is nothing to point out.
 */
public record ReceiptView(
    String id, String receiptNumber, String status, String portalStatus, List<Violation> warnings) {

  static ReceiptView of(Application application) {
    return new ReceiptView(
        application.id().toString(),
        application.receiptNumber().value(),
        application.status().name(),
        application.status().portalStatus().label(),
        ApplicationViews.warnings(application));
  }
}
