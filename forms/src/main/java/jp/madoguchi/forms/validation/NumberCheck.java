package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * int (within {@code min}..{@code max}) and yen (integer yen, 0..9,999,999,999 unless narrowed).
 * Full-width digits and thousands separators in strings are accepted; decimals are refused.
 */
final class NumberCheck implements ValueCheck {

  static final long MAX_YEN = 9_999_999_999L;

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<BigInteger> number = integer(value);
    if (number.isEmpty()) {
      return Outcome.fail(value.isNumber() || value.isTextual() ? "integer" : "type", at);
    }
    boolean yen = field.type() == FieldType.YEN;
    long min = Optional.ofNullable(field.limits().min()).orElse(yen ? 0L : Long.MIN_VALUE);
    long max = Optional.ofNullable(field.limits().max()).orElse(yen ? MAX_YEN : Long.MAX_VALUE);
    if (number.get().compareTo(BigInteger.valueOf(min)) < 0) {
      return Outcome.fail("min", Messages.min(at.label(), String.format("%,d", min)));
    }
    if (number.get().compareTo(BigInteger.valueOf(max)) > 0) {
      return Outcome.fail("max", Messages.max(at.label(), String.format("%,d", max)));
    }
    return Outcome.ok(LongNode.valueOf(number.get().longValue()));
  }

  private static Optional<BigInteger> integer(JsonNode value) {
    if (value.isIntegralNumber()) {
      return Optional.of(value.bigIntegerValue());
    }
    if (value.isNumber()) {
      if (value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
        return Optional.empty();
      }
      return whole(value.decimalValue());
    }
    if (!value.isTextual()) {
      return Optional.empty();
    }
    String text = JapaneseText.nfkc(value.asText()).strip().replace(",", "").replace("円", "");
    if (!text.matches("-?\\d{1,20}")) {
      return Optional.empty();
    }
    return Optional.of(new BigInteger(text));
  }

  private static Optional<BigInteger> whole(BigDecimal decimal) {
    try {
      return Optional.of(decimal.toBigIntegerExact());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }
}
