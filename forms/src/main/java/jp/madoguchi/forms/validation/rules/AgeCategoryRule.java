package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.forms.japanese.JapaneseAge;

/**
 * A category that depends on age, e.g. 介護保険 第1号 (65歳以上) / 第2号 (40–64歳): the value of {@code field}
 * must have an entry in {@code categories} ({@code {"第1号": {"min": 65}}}) whose {@code min}/{@code
 * max} ages contain the legal age today. The birth date is the first present of the {@code
 * birthDate} paths.
 */
final class AgeCategoryRule implements Rule {

  @Override
  public String name() {
    return "ageCategory";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("field", "birthDate", "categories");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String field = params.path("field").asText();
    JsonNode category = context.value(field);
    JsonNode range = params.path("categories").path(category.asText());
    if (!category.isTextual() || range.isMissingNode()) {
      return;
    }
    birthDate(params, context)
        .map(birth -> JapaneseAge.ageOn(birth, context.today()))
        .filter(age -> age < range.path("min").asInt(0) || age > range.path("max").asInt(999))
        .ifPresent(age -> context.report(field, context.label(field) + "が年齢（" + age + "歳）と一致しません"));
  }

  /** The first {@code birthDate} entry that applies: a path, or {path, when: {field, equals}}. */
  private static Optional<LocalDate> birthDate(JsonNode params, RuleContext context) {
    for (JsonNode entry : params.path("birthDate")) {
      JsonNode when = entry.path("when");
      boolean applies =
          when.isMissingNode()
              || context
                  .value(when.path("field").asText())
                  .asText()
                  .equals(when.path("equals").asText());
      if (applies) {
        return context.date(entry.isTextual() ? entry.asText() : entry.path("path").asText());
      }
    }
    return Optional.empty();
  }
}
