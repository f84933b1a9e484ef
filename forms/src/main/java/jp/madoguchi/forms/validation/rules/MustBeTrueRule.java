package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A declaration or consent (e.g. 金融機関等への調査の同意) that must be given: {@code field} = true. */
final class MustBeTrueRule implements Rule {

  @Override
  public String name() {
    return "mustBeTrue";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("field");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String field = params.path("field").asText();
    JsonNode value = context.value(field);
    if (value.isBoolean() && !value.asBoolean()) {
      context.report(field, context.label(field) + "が必要です");
    }
  }
}
