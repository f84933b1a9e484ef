package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A named cross-field rule with its parameters, e.g. {@code {"name": "childAgeLimit", "params":
 * {"group": "form.children", "field": "birthDate", "age": 18}}}. The name selects a Java rule class
 * in {@code jp.madoguchi.forms.validation.rules}.
 */
public record RuleReference(String name, JsonNode params) {

  public RuleReference {
    params = params == null ? JsonNodeFactory.instance.objectNode() : params;
  }
}
