package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.workflow.ApplicationLinks;
import jp.madoguchi.app.application.workflow.ApplicationViews;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.Submission;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;
import jp.madoguchi.forms.validation.Violation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a portal submission (new or resubmitted) against the envelope rules and the procedure's
 * current definition, and turns it into a normalised {@link Submission}; every failing field at
 * once, as a 422.
 */
@ApplicationScoped
public class SubmissionValidator {

  @Inject ProcedureCatalog catalog;
  @Inject MyNumberProtector myNumbers;
  @Inject Clock clock;
  @Inject FormMyNumbers sealed;
  @Inject ApplicationLinks links;

  /** 地方公共団体コード of this installation: submissions for any other are refused. */
  @Inject
  @ConfigProperty(name = "madoguchi.municipality-codes", defaultValue = "131016")
  List<String> municipalityCodes;

  /** Validates a body whose receipt number has already been checked into {@code checks}. */
  public Submission validate(JsonNode body, SubmissionChecks checks, String requestSha256) {

    checks.controlCharacters("", body);
    String procedureCode = checks.text(body, "procedureCode");
    checks.procedureCodePresent(procedureCode);
    Instant submittedAt = checks.submittedAt(checks.text(body, "submittedAt"), clock);
    String municipality = checks.text(body, "municipalityCode");
    checks.municipalityCode(municipality, municipalityCodes);
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
      for (Violation v : result.violations()) {
        // The definition's message names the field's label: it replaces the envelope's.
        violations.removeIf(e -> e.field().equals(v.field()) && e.code().equals(v.code()));
        violations.add(v);
      }
      links.check(procedureCode, municipality, body.get("form")).ifPresent(violations::add);
    }
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    ObjectNode form = result.form();
    Map<String, EncryptedMyNumber> formMyNumbers = sealed.seal(definition.get(), form);
    return new Submission(
        new ReceiptNumber(checks.text(body, "receiptNumber")),
        procedureCode,
        definition.get().version(),
        municipality,
        submittedAt,
        applicant(result.applicant()),
        form.toString(),
        formMyNumbers,
        ApplicationViews.JSON.valueToTree(result.warnings()).toString(),
        checks.uploads(),
        requestSha256,
        ApplicationLinks.named(procedureCode, form));
  }

  /** The applicant as intake stores it, from the validator's normalised applicant. */
  public Applicant applicant(ObjectNode normalised) {
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
