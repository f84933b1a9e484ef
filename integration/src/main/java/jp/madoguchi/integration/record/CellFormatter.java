package jp.madoguchi.integration.record;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import jp.madoguchi.forms.japanese.JapaneseText;
import jp.madoguchi.forms.japanese.WarekiDate;
import jp.madoguchi.integration.config.ColumnKind;
import jp.madoguchi.integration.config.DateStyle;

/**
 * Turns a stored value into the text of its column kind: half-width kana, dates in ISO or 和暦 (era
 * code + YYMMDD, or era code + YYMM for a year-month), yen and digit strings checked to be digits
 * only. Error messages name the column, never the value.
 */
final class CellFormatter {

  private final DateStyle dateStyle;

  CellFormatter(DateStyle dateStyle) {
    this.dateStyle = dateStyle;
  }

  String format(String column, ColumnKind kind, String value) {
    switch (kind) {
      case KANA_HALF_WIDTH:
        return HalfWidthKana.convert(value);
      case DATE:
        return date(column, value.trim());
      case YEN:
        return digits(column, value.trim(), "yen amount");
      case DIGITS:
        return digits(column, JapaneseText.digitsOnly(value), "digits");
      default:
        return value;
    }
  }

  private String date(String column, String value) {
    try {
      if (value.length() == 7) {
        YearMonth month = YearMonth.parse(value);
        return dateStyle == DateStyle.ISO
            ? month.toString()
            : WarekiDate.of(month.atDay(1)).coreSystemCode().substring(0, 5);
      }
      LocalDate date = LocalDate.parse(value);
      return dateStyle == DateStyle.ISO ? date.toString() : WarekiDate.of(date).coreSystemCode();
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new RecordRenderingException("column " + column + " does not hold a convertible date");
    }
  }

  private static String digits(String column, String value, String what) {
    if (!JapaneseText.isAsciiDigits(value)) {
      throw new RecordRenderingException("column " + column + " does not hold " + what);
    }
    return value;
  }
}
