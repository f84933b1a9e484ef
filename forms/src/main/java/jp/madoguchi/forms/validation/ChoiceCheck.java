package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.catalog.Option;

/**
 * enum (one option) and multi (an array of options, duplicates dropped; a single string is taken as
 * a one-element array). An option's label is accepted for its value and stored as the value.
 */
final class ChoiceCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    if (field.type() == FieldType.ENUM) {
      return option(value, field).map(v -> Outcome.ok(TextNode.valueOf(v))).orElse(fail(value, at));
    }
    Iterable<JsonNode> items = value.isArray() ? value : java.util.List.of(value);
    Set<String> chosen = new LinkedHashSet<>();
    for (JsonNode item : items) {
      Optional<String> option = option(item, field);
      if (option.isEmpty()) {
        return fail(item, at);
      }
      chosen.add(option.get());
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    chosen.forEach(out::add);
    return Outcome.ok(out);
  }

  private static Outcome fail(JsonNode value, Location at) {
    return Outcome.fail(value.isContainerNode() ? "type" : "enum", at);
  }

  private static Optional<String> option(JsonNode value, FieldDefinition field) {
    Optional<String> text =
        value.isBoolean() ? Optional.of(value.asText()) : Scalars.text(value).map(String::strip);
    return text.flatMap(
        t ->
            field.options().stream()
                .filter(o -> o.value().equals(t) || t.equals(o.label()))
                .map(Option::value)
                .findFirst());
  }
}
