package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.JapaneseText;
import jp.madoguchi.forms.japanese.WarekiDate;

/**
 * yyyymm: {@code 202504}, {@code 2025-04}, {@code 2025年4月} or 和暦 {@code 令和7年4月} / {@code R7.4},
 * stored as {@code yyyy-MM}; not after the current month unless {@code allowFuture}.
 */
final class YearMonthCheck implements ValueCheck {

  private static final Pattern GREGORIAN = Pattern.compile("(\\d{4})(?:[-/.年]?)(\\d{1,2})月?");
  private static final Pattern ERA = Pattern.compile("(\\D+)(元|\\d{1,2})(?:年|[./-])(\\d{1,2})月?");

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    Optional<YearMonth> month = parse(JapaneseText.nfkc(raw.get()).replaceAll("\\s", ""));
    if (month.isEmpty()) {
      return Outcome.fail("date", at);
    }
    if (!field.limits().futureAllowed() && month.get().isAfter(YearMonth.from(run.today()))) {
      return Outcome.fail("futureDate", at);
    }
    return Outcome.ok(TextNode.valueOf(month.get().toString()));
  }

  private static Optional<YearMonth> parse(String text) {
    Matcher era = ERA.matcher(text);
    if (era.matches()) {
      try {
        String first = era.group(1) + era.group(2) + "." + era.group(3) + ".1";
        return Optional.of(YearMonth.from(WarekiDate.parse(first).date()));
      } catch (InvalidValueException e) {
        return Optional.empty();
      }
    }
    Matcher gregorian = GREGORIAN.matcher(text);
    if (gregorian.matches()) {
      int monthValue = Integer.parseInt(gregorian.group(2));
      int year = Integer.parseInt(gregorian.group(1));
      return monthValue >= 1 && monthValue <= 12 && year >= 1873
          ? Optional.of(YearMonth.of(year, monthValue))
          : Optional.empty();
    }
    return Optional.empty();
  }
}
