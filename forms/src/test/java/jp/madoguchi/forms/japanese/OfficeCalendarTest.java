package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

  /** 2026's 国民の祝日・休日 as published by 内閣府. */
  private static final List<String> HOLIDAYS_2026 =
      List.of(
          "2026-01-01",
          "2026-01-12",
          "2026-02-11",
          "2026-02-23",
          "2026-03-20",
          "2026-04-29",
          "2026-05-03",
          "2026-05-04",
          "2026-05-05",
          "2026-05-06",
          "2026-07-20",
          "2026-08-11",
          "2026-09-21",
          "2026-09-22",
          "2026-09-23",
          "2026-10-12",
          "2026-11-03",
          "2026-11-23");

  @Test
  void holidaysOf2026AreExactlyThePublishedOnes() {
    List<String> found =
        Stream.iterate(LocalDate.of(2026, 1, 1), d -> d.getYear() == 2026, d -> d.plusDays(1))
            .filter(OfficeCalendar::isHoliday)
            .map(LocalDate::toString)
            .toList();

    assertThat(found).isEqualTo(HOLIDAYS_2026);
  }

  @Test
  void aHolidayOnSundayMovesToMonday() {
    assertThat(OfficeCalendar.isHoliday(LocalDate.of(2025, 11, 24))).isTrue();
    assertThat(OfficeCalendar.isHoliday(LocalDate.of(2027, 3, 22))).isTrue();
  }

  @Test
  void nextOpenDaySkipsWeekendsHolidaysAndTheYearEnd() {
    assertThat(OfficeCalendar.nextOpenDay(LocalDate.of(2026, 11, 27)))
        .isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(OfficeCalendar.nextOpenDay(LocalDate.of(2026, 5, 1)))
        .isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(OfficeCalendar.nextOpenDay(LocalDate.of(2026, 12, 28)))
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(OfficeCalendar.nextOpenDay(LocalDate.of(2026, 11, 16)))
        .isEqualTo(LocalDate.of(2026, 11, 17));
  }
}
