package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of validating one application: every violation found, and the applicant and form
 * blocks normalised (full-width digits made half-width, kana made full-width, 和暦 made ISO, …). The
 * normalised blocks are what gets stored.
 */
public record ValidationResult(List<Violation> violations, ObjectNode applicant, ObjectNode form) {

  public ValidationResult {
    violations = List.copyOf(violations);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }
}
