package jp.madoguchi.app.application;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.Submission;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;
import jp.madoguchi.forms.validation.Violation;

/**
 * 申請の受付: takes a portal submission in, exactly once per 受付番号. An identical replay answers with the
 * stored application; a different body under the same number is a conflict.
 */
@ApplicationScoped
public class IntakeService {

  private static final Logger LOG = Logger.getLogger(IntakeService.class.getName());

  @Inject ApplicationRepository applications;
  @Inject ProcedureCatalog catalog;
  @Inject MyNumberProtector myNumbers;
  @Inject Clock clock;

  /**
   * Order matters: an identical replay is answered from the store even if the definition has
   * changed since; anything else is validated first (422), and only a valid body that differs from
   * the stored one is a conflict (409).
   */
  public IntakeOutcome submit(JsonNode body, String actor) {
    if (body == null || !body.isObject()) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "本文はJSONオブジェクトで送ってください");
    }
    SubmissionChecks checks = new SubmissionChecks();
    String receipt = checks.text(body, "receiptNumber");
    checks.receiptNumber(receipt);
    String requestSha256 = CanonicalJson.sha256(body);
    Optional<Application> earlier =
        checks.violations().isEmpty()
            ? applications.findByReceiptNumber(new ReceiptNumber(receipt))
            : Optional.empty();
    if (earlier.isPresent() && earlier.get().wasCreatedBy(requestSha256)) {
      return new IntakeOutcome(earlier.get(), false);
    }
    Submission submission = validate(body, checks, requestSha256);
    if (earlier.isPresent()) {
      throw conflict(submission.receiptNumber());
    }
    Application application = Application.receive(submission, actor, clock.instant());
    try {
      applications.add(application);
    } catch (RuntimeException e) {
      Application winner =
          applications.findByReceiptNumber(submission.receiptNumber()).orElseThrow(() -> e);
      if (!winner.wasCreatedBy(requestSha256)) {
        throw conflict(submission.receiptNumber());
      }
      return new IntakeOutcome(winner, false);
    }
    LOG.info(() -> "受付 receipt=" + receipt + " procedure=" + submission.procedureCode());
    return new IntakeOutcome(application, true);
  }

  private static ApplicationProblem conflict(ReceiptNumber receipt) {
    return new ApplicationProblem(
        ProblemType.CONFLICT, "受付番号 " + receipt + " は別の内容で受付済みです。同じ受付番号で異なる内容は送信できません。");
  }

  private Submission validate(JsonNode body, SubmissionChecks checks, String requestSha256) {
    String procedureCode = checks.text(body, "procedureCode");
    checks.procedureCodePresent(procedureCode);
    Instant submittedAt = checks.submittedAt(checks.text(body, "submittedAt"), clock);
    String municipality = checks.text(body, "municipalityCode");
    checks.municipalityCode(municipality);
    checks.objectBlock(body, "applicant", "申請者情報");
    checks.objectBlock(body, "form", "申請内容");
    checks.attachments(body.get("attachments"));
    Optional<ProcedureDefinition> definition =
        procedureCode == null ? Optional.empty() : catalog.latest(procedureCode);
    if (procedureCode != null && definition.isEmpty()) {
      checks.unknownProcedure(procedureCode);
    }
    List<Violation> violations = new ArrayList<>(checks.violations());
    ValidationResult result = null;
    if (definition.isPresent()) {
      result =
          new ApplicationValidator(clock)
              .validate(
                  definition.get(),
                  body.get("applicant"),
                  body.get("form"),
                  checks.attachmentRefs());
      violations.addAll(result.violations());
    }
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    return new Submission(
        new ReceiptNumber(checks.text(body, "receiptNumber")),
        procedureCode,
        definition.get().version(),
        municipality,
        submittedAt,
        applicant(result.applicant()),
        result.form().toString(),
        checks.uploads(),
        requestSha256);
  }

  private Applicant applicant(ObjectNode normalised) {
    String myNumber = normalised.path("myNumber").asText(null);
    return new Applicant(
        normalised.path("name").asText(),
        normalised.path("nameKana").asText(),
        LocalDate.parse(normalised.path("birthDate").asText()),
        normalised.path("sex").asText(null),
        normalised.path("postalCode").asText(),
        normalised.path("address").asText(),
        normalised.path("phone").asText(),
        normalised.path("relationship").asText(),
        myNumber == null || myNumber.isEmpty() ? null : myNumbers.protect(myNumber));
  }
}
