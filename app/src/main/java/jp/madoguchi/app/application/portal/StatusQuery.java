package jp.madoguchi.app.application.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ClientScope;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.portal.PortalReceipts;
import jp.madoguchi.app.domain.portal.PortalRefusal;

/** The portal's view of one application, by 受付番号, limited to the caller's own applications. */
@ApplicationScoped
public class StatusQuery {

  @Inject ApplicationRepository applications;
  @Inject PortalReceipts receipts;

  /** The application with this 受付番号 if the client may see it (it submitted it). */
  public Optional<Application> find(String receiptNumber, ClientScope scope) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      return Optional.empty();
    }
    return applications.findByReceiptNumber(new ReceiptNumber(receiptNumber)).filter(scope::sees);
  }

  /**
   * A package fetched from the portal under this 受付番号 but refused as unreadable or invalid, shown
   * to the portal pull's readers as 受付エラー. It never hides an application the client sees: {@link
   * #find} is asked first.
   */
  public Optional<PortalRefusal> refusedPackage(String receiptNumber, ClientScope scope) {
    if (!ReceiptNumber.isValid(receiptNumber) || !scope.seesPortalPull()) {
      return Optional.empty();
    }
    return receipts.latestRefusal(receiptNumber);
  }

  /** The answer for a 受付番号 unknown to the caller, whether or not another client has it. */
  public static ApplicationProblem notFound(String receiptNumber) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "受付番号 " + receiptNumber + " の申請はありません");
  }
}
