package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Reading JSON scalars leniently: strings, and integral numbers as their decimal text. */
final class Scalars {

  private Scalars() {}

  static Optional<String> text(JsonNode value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value.isTextual()) {
      return Optional.of(value.asText());
    }
    if (value.isIntegralNumber()) {
      return Optional.of(value.bigIntegerValue().toString());
    }
    return Optional.empty();
  }

  /** Null, missing, blank text, an empty array or an empty object: "not answered". */
  static boolean absent(JsonNode value) {
    return value == null
        || value.isNull()
        || value.isMissingNode()
        || (value.isTextual() && value.asText().isBlank())
        || (value.isContainerNode() && value.isEmpty());
  }
}
