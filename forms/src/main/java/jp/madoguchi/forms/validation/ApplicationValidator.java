package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * Validates an application's applicant and form blocks against one procedure definition. Never
 * throws on bad input: any JSON shape becomes violations. Passes: normalise and check each value
 * (unknown keys, types, formats), then required fields and conditions, then attachments, then the
 * definition's named rules.
 */
public final class ApplicationValidator {

  private final Clock clock;

  public ApplicationValidator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ValidationResult validate(
      ProcedureDefinition definition,
      JsonNode applicant,
      JsonNode form,
      List<AttachmentRef> attachments) {
    Objects.requireNonNull(definition, "definition");
    ValidationRun run = new ValidationRun(LocalDate.now(clock));
    TreeNormaliser normaliser = new TreeNormaliser(run);
    Location applicantAt = Location.root("applicant");
    Location formAt = Location.root("form");
    ObjectNode applicantOut =
        normaliser.root(definition.applicant().fields(), applicant, applicantAt, "申請者情報");
    ObjectNode formOut = normaliser.root(definition.fields(), form, formAt, "申請内容");
    run.roots(applicantOut, formOut);
    RequiredChecker required = new RequiredChecker(run);
    if (!run.failed("applicant")) {
      required.check(definition.applicant().fields(), applicantOut, applicantAt);
    }
    if (!run.failed("form")) {
      required.check(definition.fields(), formOut, formAt);
    }
    new AttachmentChecker(run).check(definition.attachments(), attachments);
    new RuleRunner(run, definition).run();
    return new ValidationResult(run.violations(), run.warnings(), applicantOut, formOut);
  }
}
