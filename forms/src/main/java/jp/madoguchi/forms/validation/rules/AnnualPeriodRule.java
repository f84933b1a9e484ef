package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The application belongs in a period that recurs every year, {@code from} to {@code to} ({@code
 * MM-dd}, inclusive; e.g. 児童扶養手当の現況届: 8月1日〜8月31日); the day of receipt is checked. {@code period}
 * names the period in the message; reported on {@code field}.
 */
final class AnnualPeriodRule implements Rule {

  @Override
  public String name() {
    return "annualPeriod";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("from", "to", "period", "field");
  }

  @Override
  public void checkParams(JsonNode params) {
    try {
      monthDay(params, "from");
      monthDay(params, "to");
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("annualPeriod: from and to must be MM-dd");
    }
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    MonthDay from = monthDay(params, "from");
    MonthDay to = monthDay(params, "to");
    if (!within(MonthDay.from(context.today()), from, to)) {
      context.report(
          params.path("field").asText(),
          params.path("period").asText()
              + "（"
              + label(from)
              + "〜"
              + label(to)
              + "）外の申請です（受付日 "
              + context.today()
              + "）");
    }
  }

  /** Inclusive; a period may run over the new year (e.g. 12-01 to 01-31). */
  static boolean within(MonthDay day, MonthDay from, MonthDay to) {
    return from.isAfter(to)
        ? !day.isBefore(from) || !day.isAfter(to)
        : !day.isBefore(from) && !day.isAfter(to);
  }

  private static MonthDay monthDay(JsonNode params, String key) {
    return MonthDay.parse("--" + params.path(key).asText());
  }

  private static String label(MonthDay day) {
    return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }
}
