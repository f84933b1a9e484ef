package jp.madoguchi.forms.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AvailableFromRuleTest {

  private static final JsonNode PARAMS =
      FakeRuleContext.params(
          """
          {"group": "form.items", "field": "category", "values": ["多点杖", "固定用スロープ"],
           "dateField": "purchaseDate", "from": "2024-04-01"}""");

  private static List<String> check(Map<String, Object> item) {
    FakeRuleContext context =
        new FakeRuleContext(Map.of("items", List.of(item)), LocalDate.of(2025, 1, 1));
    new AvailableFromRule().check(PARAMS, context);
    return context.reports;
  }

  @Test
  void newCategoryBoughtBeforeItsStartDayIsReportedOnTheCategory() {
    assertThat(check(Map.of("category", "多点杖", "purchaseDate", "2024-03-31")))
        .containsExactly("form.items[0].category: category「多点杖」は2024-04-01以降の購入に限り対象です");
  }

  @Test
  void newCategoryBoughtOnItsStartDayIsAccepted() {
    assertThat(check(Map.of("category", "固定用スロープ", "purchaseDate", "2024-04-01"))).isEmpty();
  }

  @Test
  void otherCategoriesAreNotLimitedByTheStartDay() {
    assertThat(check(Map.of("category", "腰掛便座", "purchaseDate", "2020-01-01"))).isEmpty();
  }

  @Test
  void itemWithoutAValidDateIsLeftToItsOwnFieldCheck() {
    assertThat(check(Map.of("category", "多点杖"))).isEmpty();
  }

  @Test
  void startDayThatIsNotAnIsoDateIsRejectedWhenTheCatalogLoads() {
    JsonNode params =
        FakeRuleContext.params(
            """
            {"group": "form.items", "field": "category", "values": ["多点杖"],
             "dateField": "purchaseDate", "from": "令和6年4月1日"}""");
    assertThatThrownBy(() -> new AvailableFromRule().checkParams(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from");
  }
}
