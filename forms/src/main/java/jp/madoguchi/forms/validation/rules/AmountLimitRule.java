package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * One amount against a 支給限度基準額 (住宅改修費: 200,000円, {@code basis} 「1人生涯」): the amount at {@code field}
 * must not exceed {@code limit}. What was paid before, and the one-time reset, are not known from
 * the application, so definitions use it as a warning.
 */
final class AmountLimitRule implements Rule {

  @Override
  public String name() {
    return "amountLimit";
  }

  @Override
  public List<String> requiredParams() {
    return List.of("field", "limit", "basis");
  }

  @Override
  public void checkParams(JsonNode params) {
    if (!params.path("limit").canConvertToLong() || params.path("limit").asLong() <= 0) {
      throw new IllegalArgumentException("amountLimit: limit must be a positive number of yen");
    }
  }

  @Override
  public void check(JsonNode params, RuleContext context) {
    String field = params.path("field").asText();
    JsonNode amount = context.value(field);
    long limit = params.path("limit").asLong();
    if (amount.isIntegralNumber() && amount.asLong() > limit) {
      context.report(
          field,
          context.label(field)
              + "（"
              + yen(amount.asLong())
              + "）が支給限度基準額（"
              + params.path("basis").asText()
              + " "
              + yen(limit)
              + "）を超えています。超過分は支給の対象外です");
    }
  }

  private static String yen(long amount) {
    return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
  }
}
