package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.Option;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.WarekiDate;

/**
 * The printed text of one normalised value, shared by every PDF: dates with their 和暦, yen with
 * separators, option labels, はい/いいえ, masked 個人番号, and {@link #ABSENT} for a missing value. Values
 * that are not in their normalised shape are printed as sent.
 */
final class FieldValues {

  /** What a field without a value shows, so the whole form stays visible. */
  static final String ABSENT = "—";

  private FieldValues() {}

  /** The text itself, or {@link #ABSENT} when it is null or blank. */
  static String orAbsent(String text) {
    return text == null || text.isBlank() ? ABSENT : text;
  }

  /** The value under {@code key} when {@code node} is an object, else null. */
  static JsonNode child(JsonNode node, String key) {
    return node != null && node.isObject() ? node.get(key) : null;
  }

  static boolean isAbsent(JsonNode value) {
    return value == null || value.isMissingNode() || value.isNull();
  }

  static String format(FieldDefinition field, JsonNode value) {
    if (isAbsent(value)) {
      return ABSENT;
    }
    return switch (field.type()) {
      case DATE -> date(value.asText());
      case YEAR_MONTH -> yearMonth(value.asText());
      case YEN -> value.canConvertToLong() ? String.format("%,d円", value.asLong()) : raw(value);
      case BOOL -> value.isBoolean() ? (value.booleanValue() ? "はい" : "いいえ") : raw(value);
      case ENUM -> optionLabel(field, value.asText());
      case MULTI -> multi(field, value);
      case MY_NUMBER -> MyNumberMask.mask(raw(value));
      case POSTAL -> postal(value.asText());
      case OBJECT, GROUP -> summary(field, value);
      default -> raw(value);
    };
  }

  private static String raw(JsonNode value) {
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String date(String iso) {
    try {
      return iso + "（" + WarekiDate.of(LocalDate.parse(iso)).toJapanese() + "）";
    } catch (DateTimeException | InvalidValueException e) {
      return iso;
    }
  }

  private static String yearMonth(String iso) {
    try {
      String japanese = WarekiDate.of(YearMonth.parse(iso).atDay(1)).toJapanese();
      return iso + "（" + japanese.substring(0, japanese.indexOf('月') + 1) + "）";
    } catch (DateTimeException | InvalidValueException e) {
      return iso;
    }
  }

  private static String postal(String digits) {
    return digits.matches("\\d{7}") ? digits.substring(0, 3) + "-" + digits.substring(3) : digits;
  }

  private static String optionLabel(FieldDefinition field, String value) {
    return field.options().stream()
        .filter(option -> option.value().equals(value))
        .map(Option::label)
        .findFirst()
        .orElse(value);
  }

  private static String multi(FieldDefinition field, JsonNode value) {
    if (!value.isArray()) {
      return optionLabel(field, value.asText());
    }
    List<String> labels = new ArrayList<>();
    value.forEach(item -> labels.add(optionLabel(field, item.asText())));
    return labels.isEmpty() ? ABSENT : String.join("、", labels);
  }

  /** A nested object or group on one line: 「氏名：山田　花子、生年月日：…」, items separated by ／. */
  private static String summary(FieldDefinition field, JsonNode value) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(summary(field, item)));
      return items.isEmpty() ? ABSENT : String.join(" ／ ", items);
    }
    List<String> parts = new ArrayList<>();
    for (FieldDefinition nested : field.fields()) {
      JsonNode nestedValue = child(value, nested.key());
      if (!isAbsent(nestedValue)) {
        parts.add(nested.label() + "：" + format(nested, nestedValue));
      }
    }
    return parts.isEmpty() ? ABSENT : String.join("、", parts);
  }
}
