package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JapaneseAgeTest {

  @ParameterizedTest(name = "born {0}: eligible until {1}")
  @CsvSource({
    "2007-04-01, 2025-03-31",
    "2007-04-02, 2026-03-31",
    "2007-03-31, 2025-03-31",
    "2008-01-01, 2026-03-31",
    "2008-02-29, 2026-03-31",
    "2008-04-01, 2026-03-31",
    "2008-04-02, 2027-03-31"
  })
  void firstMarch31AfterReaching18(LocalDate birth, LocalDate until) {
    assertThat(JapaneseAge.firstMarch31AfterReaching(birth, 18)).isEqualTo(until);
  }

  @Test
  void ageIsReachedOnTheDayBeforeTheBirthday() {
    LocalDate birth = LocalDate.of(1960, 4, 1);
    assertThat(JapaneseAge.reachedOn(birth, 65)).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(JapaneseAge.ageOn(birth, LocalDate.of(2025, 3, 30))).isEqualTo(64);
    assertThat(JapaneseAge.ageOn(birth, LocalDate.of(2025, 3, 31))).isEqualTo(65);
  }

  @Test
  void someoneBornOnLeapDayReachesTheirAgeOnTheTwentyEighthOfFebruary() {
    LocalDate birth = LocalDate.of(2004, 2, 29);
    assertThat(JapaneseAge.reachedOn(birth, 18)).isEqualTo(LocalDate.of(2022, 2, 28));
    assertThat(JapaneseAge.reachedOn(birth, 20)).isEqualTo(LocalDate.of(2024, 2, 28));
    assertThat(JapaneseAge.ageOn(birth, LocalDate.of(2022, 2, 27))).isEqualTo(17);
    assertThat(JapaneseAge.ageOn(birth, LocalDate.of(2022, 2, 28))).isEqualTo(18);
  }

  @Test
  void ageOnAgreesWithReachedOnForEveryBirthDateOfFourYears() {
    for (LocalDate birth = LocalDate.of(2000, 1, 1);
        birth.isBefore(LocalDate.of(2004, 1, 1));
        birth = birth.plusDays(1)) {
      for (int n = 1; n <= 70; n += 23) {
        LocalDate reached = JapaneseAge.reachedOn(birth, n);
        assertThat(JapaneseAge.ageOn(birth, reached)).as("%s %d", birth, n).isEqualTo(n);
        assertThat(JapaneseAge.ageOn(birth, reached.minusDays(1))).isEqualTo(n - 1);
      }
    }
  }
}
