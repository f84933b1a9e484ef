package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** The result of checking one value: its normalised form, or a violation code and message. */
record Outcome(JsonNode value, String code, String message) {

  static Outcome ok(JsonNode value) {
    return new Outcome(value, null, null);
  }

  static Outcome fail(String code, String message) {
    return new Outcome(null, code, message);
  }

  static Outcome fail(String code, Location at) {
    return fail(code, Messages.of(code, at.label()));
  }

  boolean failed() {
    return code != null;
  }
}
