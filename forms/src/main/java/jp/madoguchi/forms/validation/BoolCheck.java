package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import jp.madoguchi.forms.catalog.FieldDefinition;

/** bool: JSON true/false; the strings "true" and "false" are accepted and made booleans. */
final class BoolCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    if (value.isBoolean()) {
      return Outcome.ok(value);
    }
    String text = value.isTextual() ? value.asText().strip() : "";
    return switch (text) {
      case "true" -> Outcome.ok(BooleanNode.TRUE);
      case "false" -> Outcome.ok(BooleanNode.FALSE);
      default -> Outcome.fail("type", at);
    };
  }
}
