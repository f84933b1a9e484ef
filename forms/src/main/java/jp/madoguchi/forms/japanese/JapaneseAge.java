package jp.madoguchi.forms.japanese;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;

/**
 * Age under 年齢計算ニ関スル法律 (domain.md §5.10): one reaches age N at the end of the day before the N-th
 * birthday; someone born on 29 February reaches it on 28 February in common years.
 */
public final class JapaneseAge {

  private static final MonthDay MARCH_31 = MonthDay.of(3, 31);

  private JapaneseAge() {}

  /** The day on which someone born on {@code birthDate} reaches age {@code n}. */
  public static LocalDate reachedOn(LocalDate birthDate, int n) {
    LocalDate anniversary = birthDate.plusYears(n);
    boolean clamped = anniversary.getDayOfMonth() != birthDate.getDayOfMonth();
    return clamped ? anniversary : anniversary.minusDays(1);
  }

  /** The legal age on {@code date}. */
  public static int ageOn(LocalDate birthDate, LocalDate date) {
    return Period.between(birthDate, date.plusDays(1)).getYears();
  }

  /** 「N歳に達する日以後の最初の3月31日」. */
  public static LocalDate firstMarch31AfterReaching(LocalDate birthDate, int n) {
    LocalDate reached = reachedOn(birthDate, n);
    LocalDate march31 = MARCH_31.atYear(reached.getYear());
    return reached.isAfter(march31) ? march31.plusYears(1) : march31;
  }
}
