package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one validation: today's date, the violations and warnings so far and the normalised
 * roots.
 */
final class ValidationRun {

  private final LocalDate today;
  private final List<Violation> violations = new ArrayList<>();
  private final List<Violation> warnings = new ArrayList<>();
  private final Set<String> failedPaths = new HashSet<>();
  private ObjectNode applicant = JsonNodeFactory.instance.objectNode();
  private ObjectNode form = JsonNodeFactory.instance.objectNode();

  ValidationRun(LocalDate today) {
    this.today = today;
  }

  LocalDate today() {
    return today;
  }

  void report(String path, String code, String message) {
    violations.add(new Violation(path, code, message));
    failedPaths.add(path);
  }

  /** A finding that does not refuse the application; the path stays usable by later rules. */
  void warn(String path, String code, String message) {
    warnings.add(new Violation(path, code, message));
  }

  boolean failed(String path) {
    return failedPaths.contains(path);
  }

  List<Violation> violations() {
    return violations;
  }

  List<Violation> warnings() {
    return warnings;
  }

  void roots(ObjectNode applicant, ObjectNode form) {
    this.applicant = applicant;
    this.form = form;
  }

  ObjectNode applicant() {
    return applicant;
  }

  ObjectNode form() {
    return form;
  }
}
