package jp.madoguchi.forms.japanese;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date that can be read and written in 和暦 (domain.md §5.8). Parses 令和5年4月1日, 令和元年5月1日,
 * R5.4.1, R05.04.01, H31.4.30 and ISO 2023-04-01; rejects dates outside the named era and every
 * date before 1873-01-01 (明治6年, adoption of the Gregorian calendar).
 */
public record WarekiDate(LocalDate date) {

  /** The first date Madoguchi converts: earlier 和暦 dates are lunisolar. */
  public static final LocalDate EARLIEST = LocalDate.of(1873, 1, 1);

  private static final Pattern ERA_DATE =
      Pattern.compile(
          "(明治|大正|昭和|平成|令和|[明大昭平令MTSHRmtshr])(元|\\d{1,2})(?:年|[./-])(\\d{1,2})(?:月|[./-])(\\d{1,2})日?");
  private static final Pattern GREGORIAN =
      Pattern.compile(
          "(\\d{4})(?:年|[./-])(\\d{1,2})(?:月|[./-])(\\d{1,2})日?|(\\d{4})(\\d{2})(\\d{2})");

  public WarekiDate {
    if (date == null) {
      throw new InvalidValueException("date", "date is missing");
    }
    if (date.isBefore(EARLIEST)) {
      throw new InvalidValueException("min", "dates before 1873-01-01 cannot be converted");
    }
  }

  public static WarekiDate of(LocalDate date) {
    return new WarekiDate(date);
  }

  public static WarekiDate parse(String input) {
    if (input == null) {
      throw new InvalidValueException("date", "date is missing");
    }
    String text = JapaneseText.nfkc(input).replaceAll("\\s", "");
    Matcher era = ERA_DATE.matcher(text);
    if (era.matches()) {
      return fromEra(era);
    }
    Matcher gregorian = GREGORIAN.matcher(text);
    if (gregorian.matches()) {
      int offset = gregorian.group(1) != null ? 1 : 4;
      return new WarekiDate(
          date(
              Integer.parseInt(gregorian.group(offset)),
              Integer.parseInt(gregorian.group(offset + 1)),
              Integer.parseInt(gregorian.group(offset + 2))));
    }
    throw new InvalidValueException("date", "not a recognised date");
  }

  private static WarekiDate fromEra(Matcher m) {
    Era era = Era.fromName(m.group(1)).orElseThrow();
    int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
    if (yearOfEra < 1) {
      throw new InvalidValueException("date", "era years start at 1");
    }
    LocalDate date =
        date(
            era.start().getYear() + yearOfEra - 1,
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)));
    if (!era.contains(date)) {
      throw new InvalidValueException("era", "date lies outside the named era");
    }
    return new WarekiDate(date);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new InvalidValueException("date", "no such calendar date");
    }
  }

  public Era era() {
    return Era.of(date).orElseThrow();
  }

  public int yearOfEra() {
    return date.getYear() - era().start().getYear() + 1;
  }

  /** 令和5年4月1日; the first year is written 元年 (令和元年5月1日). */
  public String toJapanese() {
    String year = yearOfEra() == 1 ? "元" : String.valueOf(yearOfEra());
    return era().kanji() + year + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** Era code + YYMMDD, e.g. 令和5年4月1日 → {@code 5050401}. */
  public String coreSystemCode() {
    return String.format(
        "%d%02d%02d%02d",
        era().coreSystemCode(), yearOfEra(), date.getMonthValue(), date.getDayOfMonth());
  }

  @Override
  public String toString() {
    return date.toString();
  }
}
