package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A named cross-field rule with its parameters, e.g. {@code {"name": "childAgeLimit", "params":
 * {"group": "form.children", "field": "birthDate", "age": 18}}}. The name selects a Java rule class
 * in {@code jp.madoguchi.forms.validation.rules}. {@code severity} (default {@code error}) says
 * whether a finding refuses the application or is only a warning for the clerk.
 */
public record RuleReference(String name, JsonNode params, Severity severity) {

  public RuleReference {
    params = params == null ? JsonNodeFactory.instance.objectNode() : params;
    severity = severity == null ? Severity.ERROR : severity;
  }

  public RuleReference(String name, JsonNode params) {
    this(name, params, Severity.ERROR);
  }
}
