package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/** Validates an application's applicant and form blocks against one procedure definition. */
public final class ApplicationValidator {

  private final Clock clock;

  public ApplicationValidator(Clock clock) {
    this.clock = clock;
  }

  public ValidationResult validate(
      ProcedureDefinition definition,
      JsonNode applicant,
      JsonNode form,
      List<AttachmentRef> attachments) {
    throw new IllegalStateException("validation engine pending: forms helper implements this");
  }
}
