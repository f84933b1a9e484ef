package jp.madoguchi.forms.japanese;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * 開庁日: the days a municipal office is open by default — not Saturday or Sunday, not a 国民の祝日 or 休日
 * (振替休日, 国民の休日), not 年末年始 (12月29日〜1月3日, 行政機関の休日に関する法律 and the usual 条例). Holidays follow
 * 国民の祝日に関する法律 as in force since 2020 (天皇誕生日 2月23日); 春分の日 and 秋分の日 use the usual astronomical
 * approximation, valid 1980–2099 (the official dates are announced a year ahead in 官報). Local
 * closures (e.g. a municipality's own 休日) are not known.
 */
public final class OfficeCalendar {

  private OfficeCalendar() {}

  public static boolean isOpen(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY
        && weekday != DayOfWeek.SUNDAY
        && !isYearEndHoliday(day)
        && !isHoliday(day);
  }

  /** The first open day strictly after {@code day} (翌開庁日). */
  public static LocalDate nextOpenDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isOpen(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** 国民の祝日, 振替休日 or 国民の休日. */
  public static boolean isHoliday(LocalDate day) {
    return isNationalHoliday(day) || isSubstituteHoliday(day) || isCitizensHoliday(day);
  }

  private static boolean isYearEndHoliday(LocalDate day) {
    MonthDay md = MonthDay.from(day);
    return !md.isBefore(MonthDay.of(12, 29)) || !md.isAfter(MonthDay.of(1, 3));
  }

  /** The days named in 祝日法 第2条. */
  static boolean isNationalHoliday(LocalDate day) {
    int y = day.getYear();
    return switch (day.getMonth()) {
      case JANUARY -> day.getDayOfMonth() == 1 || day.equals(nthMonday(y, Month.JANUARY, 2));
      case FEBRUARY -> day.getDayOfMonth() == 11 || day.getDayOfMonth() == 23;
      case MARCH -> day.getDayOfMonth() == vernalEquinoxDay(y);
      case APRIL -> day.getDayOfMonth() == 29;
      case MAY -> day.getDayOfMonth() >= 3 && day.getDayOfMonth() <= 5;
      case JULY -> day.equals(nthMonday(y, Month.JULY, 3));
      case AUGUST -> day.getDayOfMonth() == 11;
      case SEPTEMBER ->
          day.equals(nthMonday(y, Month.SEPTEMBER, 3))
              || day.getDayOfMonth() == autumnalEquinoxDay(y);
      case OCTOBER -> day.equals(nthMonday(y, Month.OCTOBER, 2));
      case NOVEMBER -> day.getDayOfMonth() == 3 || day.getDayOfMonth() == 23;
      default -> false;
    };
  }

  /** 振替休日: a 祝日 on Sunday moves to the next day that is not itself a 祝日. */
  private static boolean isSubstituteHoliday(LocalDate day) {
    if (isNationalHoliday(day)) {
      return false;
    }
    LocalDate before = day.minusDays(1);
    while (isNationalHoliday(before)) {
      if (before.getDayOfWeek() == DayOfWeek.SUNDAY) {
        return true;
      }
      before = before.minusDays(1);
    }
    return false;
  }

  /** 国民の休日: a weekday between two 祝日 (e.g. in September when 敬老の日 and 秋分の日 are 2 apart). */
  private static boolean isCitizensHoliday(LocalDate day) {
    return !isNationalHoliday(day)
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && isNationalHoliday(day.minusDays(1))
        && isNationalHoliday(day.plusDays(1));
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1)
        .with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
  }

  static int vernalEquinoxDay(int year) {
    return (int) Math.floor(20.8431 + 0.242194 * (year - 1980)) - (year - 1980) / 4;
  }

  static int autumnalEquinoxDay(int year) {
    return (int) Math.floor(23.2488 + 0.242194 * (year - 1980)) - (year - 1980) / 4;
  }
}
