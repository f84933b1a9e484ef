package jp.madoguchi.forms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiscalYearLimitRuleTest {

  private static final JsonNode PARAMS =
      FakeRuleContext.params(
          """
          {"group": "form.items", "dateField": "purchaseDate", "amountField": "amount",
           "limit": 100000, "alreadyUsed": "form.alreadyUsed"}""");

  private static Map<String, Object> item(String date, long amount) {
    return Map.of("purchaseDate", date, "amount", amount);
  }

  @SafeVarargs
  private static List<String> check(Long alreadyUsed, Map<String, Object>... items) {
    Map<String, Object> form = new HashMap<>();
    form.put("items", List.of(items));
    if (alreadyUsed != null) {
      form.put("alreadyUsed", alreadyUsed);
    }
    FakeRuleContext context = new FakeRuleContext(form, LocalDate.of(2026, 1, 1));
    new FiscalYearLimitRule().check(PARAMS, context);
    return context.reports;
  }

  @Test
  void totalOfExactlyTheLimitIsAccepted() {
    assertThat(check(null, item("2025-04-01", 60000), item("2026-03-31", 40000))).isEmpty();
  }

  @Test
  void totalAboveTheLimitWithinOneFiscalYearIsReportedOnTheGroup() {
    assertThat(check(null, item("2025-04-01", 60000), item("2026-03-31", 40001)))
        .containsExactly(
            "form.items: itemsの2025年度の合計額（既に支給対象となった額を含め100001円）が支給限度基準額100000円を超えています");
  }

  @Test
  void purchasesInDifferentFiscalYearsHaveSeparateLimits() {
    assertThat(check(null, item("2025-03-31", 90000), item("2025-04-01", 90000))).isEmpty();
  }

  @Test
  void amountAlreadyUsedInTheYearCountsTowardsTheLimit() {
    assertThat(check(50000L, item("2025-06-01", 50001))).hasSize(1);
    assertThat(check(50000L, item("2025-06-01", 50000))).isEmpty();
  }

  @Test
  void fiscalYearRunsFromAprilToMarch() {
    assertThat(FiscalYearLimitRule.fiscalYear(LocalDate.of(2026, 3, 31))).isEqualTo(2025);
    assertThat(FiscalYearLimitRule.fiscalYear(LocalDate.of(2026, 4, 1))).isEqualTo(2026);
  }

  @Test
  void limitThatIsNotAPositiveAmountIsRejectedWhenTheCatalogLoads() {
    JsonNode params =
        FakeRuleContext.params(
            """
            {"group": "form.items", "dateField": "purchaseDate", "amountField": "amount",
             "limit": "十万円"}""");
    assertThatThrownBy(() -> new FiscalYearLimitRule().checkParams(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }
}
