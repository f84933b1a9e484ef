package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WarekiDateTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "令和5年4月1日, 2023-04-01",
    "令和元年5月1日, 2019-05-01",
    "R5.4.1, 2023-04-01",
    "R05.04.01, 2023-04-01",
    "r5/4/1, 2023-04-01",
    "H31.4.30, 2019-04-30",
    "平成31年4月30日, 2019-04-30",
    "昭和64年1月7日, 1989-01-07",
    "平成元年1月8日, 1989-01-08",
    "大正15年12月24日, 1926-12-24",
    "昭和元年12月25日, 1926-12-25",
    "明治45年7月29日, 1912-07-29",
    "大正元年7月30日, 1912-07-30",
    "明治6年1月1日, 1873-01-01",
    "令和５年４月１日, 2023-04-01",
    "2023-04-01, 2023-04-01",
    "2023/4/1, 2023-04-01",
    "2023年4月1日, 2023-04-01",
    "20230401, 2023-04-01"
  })
  void parsesWarekiAndGregorianInput(String input, LocalDate expected) {
    assertThat(WarekiDate.parse(input).date()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"平成31年5月1日", "昭和64年1月8日", "大正15年12月25日", "明治45年7月30日", "令和元年4月30日"})
  void datesOutsideTheirEraAreRejected(String input) {
    assertThatThrownBy(() -> WarekiDate.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("era"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"明治5年12月31日", "1872-12-31", "明治元年1月25日"})
  void datesBefore1873AreRejected(String input) {
    assertThatThrownBy(() -> WarekiDate.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("min"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"令和5年2月30日", "R0.4.1", "2023-13-01", "X5.4.1", "yesterday", ""})
  void impossibleDatesAndGarbageAreRejected(String input) {
    assertThatThrownBy(() -> WarekiDate.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("date"));
  }

  @Test
  void meijiStartsOnTheTwentyFifthOfJanuary1868() {
    assertThat(Era.of(LocalDate.of(1868, 1, 25))).contains(Era.MEIJI);
    assertThat(Era.of(LocalDate.of(1868, 1, 24))).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2023-04-01, 令和5年4月1日",
    "2019-05-01, 令和元年5月1日",
    "2019-04-30, 平成31年4月30日",
    "1989-01-07, 昭和64年1月7日",
    "1926-12-25, 昭和元年12月25日",
    "1873-01-01, 明治6年1月1日"
  })
  void formatsInWareki(LocalDate date, String expected) {
    assertThat(WarekiDate.of(date).toJapanese()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "2023-04-01, 5050401",
    "2019-04-30, 4310430",
    "1989-01-07, 3640107",
    "1912-07-29, 1450729"
  })
  void coreSystemCodeIsEraCodeAndYymmdd(LocalDate date, String expected) {
    assertThat(WarekiDate.of(date).coreSystemCode()).isEqualTo(expected);
  }

  @Test
  void formattingAndParsingRoundTripForEveryDaySince1873() {
    for (LocalDate d = WarekiDate.EARLIEST;
        d.isBefore(LocalDate.of(2100, 1, 1));
        d = d.plusDays(1)) {
      assertThat(WarekiDate.parse(WarekiDate.of(d).toJapanese()).date()).isEqualTo(d);
    }
  }
}
