package jp.madoguchi.app.application.mynumber;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * 個人番号の表示: the one way to see a 個人番号 unmasked, the applicant's or any of the form's (named by its
 * path, {@code form.spouse.myNumber}). Supervisors only, with a stated purpose, and every
 * disclosure is in the access log with the field (番号法).
 */
@ApplicationScoped
public class MyNumberDisclosure {

  @Inject ApplicationRepository applications;
  @Inject MyNumberProtector myNumbers;
  @Inject AuditLog audit;
  @Inject ProcedureAccess access;

  /** The field disclosed when the request names none. */
  public static final String APPLICANT_FIELD = "applicant.myNumber";

  /** One 個人番号 for this purpose. */
  public record Disclosed(String receiptNumber, String field, String myNumber) {}

  @Transactional
  public Disclosed disclose(UUID id, String field, String reason, String supervisor) {
    access.application(id, supervisor);
    String path = field == null || field.isBlank() ? APPLICANT_FIELD : field.strip();
    if (path.length() > 200) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "項目名が長すぎます");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "個人番号を表示する理由（利用目的）を500文字以内で入力してください");
    }
    Application application =
        applications
            .findById(id)
            .orElseThrow(
                () -> new ApplicationProblem(ProblemType.NOT_FOUND, "申請 " + id + " はありません"));
    EncryptedMyNumber number =
        application
            .myNumberAt(path)
            .orElseThrow(
                () ->
                    new ApplicationProblem(
                        ProblemType.NOT_FOUND, "この申請には項目 " + path + " の個人番号がありません"));
    audit.append(
        supervisor,
        AuditAction.MY_NUMBER_UNMASKED,
        application.receiptNumber().value(),
        "field=" + path + " reason=" + reason.strip());
    return new Disclosed(application.receiptNumber().value(), path, myNumbers.reveal(number));
  }
}
