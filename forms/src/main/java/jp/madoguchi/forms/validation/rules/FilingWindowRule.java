package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * The application may only be filed from {@code opensDaysBefore} days before the date in {@code
 * field} until {@code closesDaysAfter} days after it (更新認定: 60 before validUntil until validUntil;
 * 転出届: 30 before until 10 after moveOutDate; 住所移転後の認定: 転入日 until 14 days after).
 */
final class FilingWindowRule implements Rule {

  @Override
  public String name() {
    return "filingWindow";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("field", "opensDaysBefore", "closesDaysAfter");
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String field = params.path("field").asText();
    int before = params.path("opensDaysBefore").asInt();
    int after = params.path("closesDaysAfter").asInt();
    context
        .date(field)
        .filter(date -> outside(date, before, after, context.today()))
        .ifPresent(
            date ->
                context.report(
                    field,
                    "この申請は"
                        + context.label(field)
                        + "の"
                        + (before == 0 ? "当日から" : before + "日前から")
                        + (after == 0 ? "当日" : after + "日後")
                        + "までの間に行ってください"));
  }

  private static boolean outside(LocalDate date, int before, int after, LocalDate today) {
    return today.isBefore(date.minusDays(before)) || today.isAfter(date.plusDays(after));
  }
}
