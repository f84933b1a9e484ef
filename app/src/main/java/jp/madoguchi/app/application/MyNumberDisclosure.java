package jp.madoguchi.app.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * 個人番号の表示: the one way to see an applicant's My Number unmasked. Supervisors only, with a stated
 * purpose, and every disclosure is in the access log (番号法).
 */
@ApplicationScoped
public class MyNumberDisclosure {

  @Inject ApplicationRepository applications;
  @Inject MyNumberProtector myNumbers;
  @Inject AuditLog audit;
  @Inject ProcedureAccess access;

  /** The applicant's My Number for this purpose. */
  public record Disclosed(String receiptNumber, String myNumber) {}

  @Transactional
  public Disclosed disclose(UUID id, String reason, String supervisor) {
    access.application(id, supervisor);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "個人番号を表示する理由（利用目的）を500文字以内で入力してください");
    }
    Application application =
        applications
            .findById(id)
            .orElseThrow(
                () -> new ApplicationProblem(ProblemType.NOT_FOUND, "申請 " + id + " はありません"));
    if (application.applicant().myNumber() == null) {
      throw new ApplicationProblem(ProblemType.NOT_FOUND, "この申請には個人番号がありません");
    }
    audit.append(
        supervisor,
        AuditAction.MY_NUMBER_UNMASKED,
        application.receiptNumber().value(),
        "reason=" + reason.strip());
    return new Disclosed(
        application.receiptNumber().value(), myNumbers.reveal(application.applicant().myNumber()));
  }
}
