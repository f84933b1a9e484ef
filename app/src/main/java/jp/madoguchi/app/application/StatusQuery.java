package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.portal.PortalReceipt;
import jp.madoguchi.app.domain.portal.PortalReceipts;

/** The portal's view of one application, by 受付番号. */
@ApplicationScoped
public class StatusQuery {

  @Inject ApplicationRepository applications;
  @Inject PortalReceipts receipts;

  public Application byReceiptNumber(String receiptNumber) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      throw notFound(receiptNumber);
    }
    return applications
        .findByReceiptNumber(new ReceiptNumber(receiptNumber))
        .orElseThrow(() -> notFound(receiptNumber));
  }

  /**
   * A package fetched from the portal under this 受付番号 but refused as unreadable or invalid: no
   * application exists, yet the portal is told why (as 受付エラー).
   */
  public Optional<PortalReceipt> refusedPackage(String receiptNumber) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      return Optional.empty();
    }
    return receipts
        .find(receiptNumber)
        .filter(r -> r.applicationId() == null && "REFUSED".equals(r.outcome()));
  }

  private static ApplicationProblem notFound(String receiptNumber) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "受付番号 " + receiptNumber + " の申請はありません");
  }
}
