package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;

/** The portal's view of one application, by 受付番号. */
@ApplicationScoped
public class StatusQuery {

  @Inject ApplicationRepository applications;

  public Application byReceiptNumber(String receiptNumber) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      throw notFound(receiptNumber);
    }
    return applications
        .findByReceiptNumber(new ReceiptNumber(receiptNumber))
        .orElseThrow(() -> notFound(receiptNumber));
  }

  private static ApplicationProblem notFound(String receiptNumber) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "受付番号 " + receiptNumber + " の申請はありません");
  }
}
