package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 年度 (April 1 – March 31) amount limit as far as one application shows it (福祉用具購入費: 支給限度基準額
 * 100,000円): the {@code amountField}s of the items of {@code group}, summed per 年度 of their {@code
 * dateField}, plus the amount at the optional {@code alreadyUsed} path (already paid for in the
 * same 年度), must not exceed {@code limit}. Reported once per 年度 on {@code group}.
 */
final class FiscalYearLimitRule implements Rule {

  @Override
  public String name() {
    return "fiscalYearLimit";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("group", "dateField", "amountField", "limit");
  }

  @Override
  public void checkParams(JsonNode params) {
    if (!params.path("limit").canConvertToLong() || params.path("limit").asLong() <= 0) {
      throw new IllegalArgumentException("fiscalYearLimit: limit must be a positive number of yen");
    }
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String group = params.path("group").asText();
    long limit = params.path("limit").asLong();
    long alreadyUsed =
        params.has("alreadyUsed") ? context.value(params.path("alreadyUsed").asText()).asLong() : 0;
    totalsByFiscalYear(params, context, group)
        .forEach(
            (year, total) -> {
              if (total + alreadyUsed > limit) {
                context.report(
                    group,
                    context.label(group)
                        + "の"
                        + year
                        + "年度の合計額（既に支給対象となった額を含め"
                        + (total + alreadyUsed)
                        + "円）が支給限度基準額"
                        + limit
                        + "円を超えています");
              }
            });
  }

  private static Map<Integer, Long> totalsByFiscalYear(
      JsonNode params, RuleContext context, String group) {
    Map<Integer, Long> totals = new TreeMap<>();
    for (int i = 0; i < context.value(group).size(); i++) {
      String item = group + "[" + i + "].";
      JsonNode amount = context.value(item + params.path("amountField").asText());
      if (amount.isIntegralNumber()) {
        context
            .date(item + params.path("dateField").asText())
            .ifPresent(date -> totals.merge(fiscalYear(date), amount.asLong(), Long::sum));
      }
    }
    return totals;
  }

  /** 年度: April to the following March belongs to the year of the April. */
  static int fiscalYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }
}
