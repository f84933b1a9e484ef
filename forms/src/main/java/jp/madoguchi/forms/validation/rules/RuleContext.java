package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a rule sees of an application. Paths are absolute, as in violations: {@code
 * form.children[0].birthDate}, {@code applicant.birthDate}.
 */
public interface RuleContext {

  LocalDate today();

  /** The normalised value, or a missing node when absent or when it failed its own check. */
  JsonNode value(String path);

  /** The Japanese label of the field at {@code path}, as used in messages. */
  String label(String path);

  /**
   * Reports a finding of the calling rule at {@code path}: a violation, or a warning when the
   * definition gives the rule {@code "severity": "warning"}.
   */
  void report(String path, String message);

  /** The value at {@code path} as a date, if it is a valid ISO date. */
  default Optional<LocalDate> date(String path) {
    JsonNode value = value(path);
    if (!value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
