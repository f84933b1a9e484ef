package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Two dates in order: {@code later} must not be before {@code earlier} and, with {@code maxDays},
 * at most that many days after it (e.g. 来庁予定日 within 14 days of 転入日). Reported on {@code later}.
 */
final class DateOrderRule implements Rule {

  @Override
  public String name() {
    return "dateOrder";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("earlier", "later");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String earlierPath = params.path("earlier").asText();
    String laterPath = params.path("later").asText();
    var earlier = context.date(earlierPath);
    var later = context.date(laterPath);
    if (earlier.isEmpty() || later.isEmpty()) {
      return;
    }
    String laterLabel = context.label(laterPath);
    String earlierLabel = context.label(earlierPath);
    if (later.get().isBefore(earlier.get())) {
      context.report(laterPath, laterLabel + "は" + earlierLabel + "以降の日付にしてください");
    } else if (params.has("maxDays") && tooFar(earlier.get(), later.get(), params)) {
      int maxDays = params.path("maxDays").asInt();
      context.report(laterPath, laterLabel + "は" + earlierLabel + "から" + maxDays + "日以内にしてください");
    }
  }

  private static boolean tooFar(LocalDate earlier, LocalDate later, JsonNode params) {
    return ChronoUnit.DAYS.between(earlier, later) > params.path("maxDays").asLong();
  }
}
