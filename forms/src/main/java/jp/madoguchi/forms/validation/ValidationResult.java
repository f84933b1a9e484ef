package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The outcome of validating one application: every violation found (each refuses the application),
 * every warning (rules of severity {@code warning}: shown to clerks, never refusing), and the
 * applicant and form blocks normalised (full-width digits made half-width, kana made full-width, 和暦
 * made ISO, …). The normalised blocks are what gets stored.
 */
public record ValidationResult(
    List<Violation> violations, List<Violation> warnings, ObjectNode applicant, ObjectNode form) {

  public ValidationResult {
    violations = List.copyOf(violations);
    warnings = List.copyOf(warnings);
  }

  public ValidationResult(List<Violation> violations, ObjectNode applicant, ObjectNode form) {
    this(violations, List.of(), applicant, form);
  }

  public boolean isValid() {
    return violations.isEmpty();
  }
}
