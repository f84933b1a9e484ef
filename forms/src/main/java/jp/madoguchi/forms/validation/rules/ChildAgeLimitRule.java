package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.forms.japanese.JapaneseAge;

/**
 * 児童の年齢要件 (domain.md §5.10): every item of {@code group} must be on or before the first March 31
 * after reaching {@code age} (18 = 高校生年代, 22 = 大学生年代). With {@code minAge}, the item must also be
 * past that age's March 31 (大学生年代 = past 高校生年代).
 */
final class ChildAgeLimitRule implements Rule {

  @Override
  public String name() {
    return "childAgeLimit";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("group", "field", "age");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String group = params.path("group").asText();
    int age = params.path("age").asInt();
    JsonNode items = context.value(group);
    for (int i = 0; i < items.size(); i++) {
      String path = group + "[" + i + "]." + params.path("field").asText();
      context.date(path).ifPresent(birth -> checkChild(birth, path, age, params, context));
    }
  }

  private static void checkChild(
      LocalDate birth, String path, int age, JsonNode params, RuleContext context) {
    LocalDate today = context.today();
    if (today.isAfter(JapaneseAge.firstMarch31AfterReaching(birth, age))) {
      context.report(path, context.label(path) + "によると" + age + "歳到達後の最初の3月31日を過ぎています");
    } else if (params.has("minAge")) {
      int minAge = params.path("minAge").asInt();
      if (!today.isAfter(JapaneseAge.firstMarch31AfterReaching(birth, minAge))) {
        context.report(path, context.label(path) + "によるとまだ" + minAge + "歳到達後の最初の3月31日を過ぎていません");
      }
    }
  }
}
