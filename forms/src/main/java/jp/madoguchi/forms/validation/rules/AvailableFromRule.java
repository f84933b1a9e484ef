package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Options that only exist since a given day (福祉用具購入: 固定用スロープ, 歩行器, 単点杖, 多点杖 since 2024-04-01,
 * 貸与との選択制): in every item of {@code group} whose {@code field} is one of {@code values}, the date
 * in {@code dateField} must not be before {@code from} (ISO). Reported on the item's {@code field}.
 */
final class AvailableFromRule implements Rule {

  @Override
  public String name() {
    return "availableFrom";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("group", "field", "values", "dateField", "from");
  }

  @Override
  public void checkParams(JsonNode params) {
    try {
      LocalDate.parse(params.path("from").asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("availableFrom: from must be an ISO date", e);
    }
    if (!params.path("values").isArray()) {
      throw new IllegalArgumentException("availableFrom: values must be an array");
    }
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String group = params.path("group").asText();
    LocalDate from = LocalDate.parse(params.path("from").asText());
    for (int i = 0; i < context.value(group).size(); i++) {
      String item = group + "[" + i + "].";
      String path = item + params.path("field").asText();
      JsonNode value = context.value(path);
      if (isOneOf(value, params.path("values"))
          && context
              .date(item + params.path("dateField").asText())
              .filter(date -> date.isBefore(from))
              .isPresent()) {
        context.report(
            path, context.label(path) + "「" + value.asText() + "」は" + from + "以降の購入に限り対象です");
      }
    }
  }

  private static boolean isOneOf(JsonNode value, JsonNode values) {
    for (JsonNode candidate : values) {
      if (value.isTextual() && candidate.asText().equals(value.asText())) {
        return true;
      }
    }
    return false;
  }
}
