package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCodesTest {

  @Test
  void corporateNumberWorkedExampleHasLeadingCheckDigitSeven() {
    assertThat(CorporateNumber.checkDigitFor("000012050002")).isEqualTo(7);
    assertThat(CorporateNumber.parse("7000012050002").digits()).isEqualTo("7000012050002");
  }

  @Test
  void corporateNumberWithAnyOtherLeadingDigitIsRejected() {
    for (int d = 0; d <= 9; d++) {
      if (d != 7) {
        String candidate = d + "000012050002";
        assertThatThrownBy(() -> CorporateNumber.parse(candidate))
            .isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("checkDigit"));
      }
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "13101, 131016", // 千代田区
    "01100, 011002", // 札幌市
    "14100, 141003", // 横浜市
    "13104, 131041", // 新宿区: remainder 0
    "13113, 131130", // 渋谷区: remainder 1
    "13000, 130001" // 東京都
  })
  void localGovernmentCodeWorkedExamples(String body, String full) {
    assertThat(LocalGovernmentCode.fromFiveDigits(body).digits()).isEqualTo(full);
    assertThat(LocalGovernmentCode.isValid(full)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"131017", "13101", "1310166", "abcdef", ""})
  void localGovernmentCodeRejectsWrongCheckDigitsAndLengths(String input) {
    assertThat(LocalGovernmentCode.isValid(input)).isFalse();
  }

  @Test
  void localGovernmentCodeHasExactlyOneValidCheckDigitForEveryBody() {
    for (int body = 0; body < 100_000; body += 7) {
      String five = String.format("%05d", body);
      int valid = 0;
      for (int d = 0; d <= 9; d++) {
        valid += LocalGovernmentCode.isValid(five + d) ? 1 : 0;
      }
      assertThat(valid).as(five).isEqualTo(1);
    }
  }

  @Test
  void insurerNumberWorkedExample() {
    assertThat(InsurerNumber.checkDigitFor("13101")).isEqualTo(1);
    assertThat(InsurerNumber.parse("131011").digits()).isEqualTo("131011");
    assertThatThrownBy(() -> InsurerNumber.parse("131012"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("checkDigit"));
  }

  @Test
  void insurerNumberAddsTheDigitsOfTwoDigitProducts() {
    // 39000: 0×2, 0, 0×2, 9, 3×2 → 9 + 6 = 15 → 5; with 99999: 9×2=18 → 9 three times + 9 + 9 = 45
    assertThat(InsurerNumber.checkDigitFor("39000")).isEqualTo(5);
    assertThat(InsurerNumber.checkDigitFor("99999")).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0123456789", "０１２３４５６７８９", "01234-56789"})
  void insuredNumberAcceptsTenDigitsAfterNormalisation(String input) {
    assertThat(InsuredNumber.parse(input).digits()).isEqualTo("0123456789");
  }

  @ParameterizedTest
  @ValueSource(strings = {"012345678", "01234567890", "012345678A"})
  void insuredNumberRejectsAnythingButTenDigits(String input) {
    assertThatThrownBy(() -> InsuredNumber.parse(input)).isInstanceOf(InvalidValueException.class);
  }
}
