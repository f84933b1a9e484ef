package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MyNumberTest {

  @Test
  void workedExampleFromDomainIsValid() {
    assertThat(MyNumber.parse("123456789018").digits()).isEqualTo("123456789018");
    assertThat(MyNumber.checkDigitFor("12345678901")).isEqualTo(8);
  }

  @Test
  void everyOtherCheckDigitForTheWorkedExampleIsRejected() {
    for (int d = 0; d <= 9; d++) {
      if (d != 8) {
        String candidate = "12345678901" + d;
        assertThatThrownBy(() -> MyNumber.parse(candidate))
            .isInstanceOfSatisfying(
                InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("checkDigit"));
      }
    }
  }

  @Test
  void exactlyOneCheckDigitIsValidForEveryGeneratedPrefix() {
    Random random = new Random(20250401L);
    for (int i = 0; i < 5_000; i++) {
      String prefix = String.format("%011d", Math.floorMod(random.nextLong(), 100_000_000_000L));
      int valid = 0;
      for (int d = 0; d <= 9; d++) {
        try {
          MyNumber.parse(prefix + d);
          valid++;
        } catch (InvalidValueException e) {
          assertThat(e.code()).isEqualTo("checkDigit");
        }
      }
      assertThat(valid).as("prefix %s", prefix).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1234-5678-9018", "1234 5678 9018", "１２３４５６７８９０１８", "１２３４－５６７８－９０１８"})
  void hyphensSpacesAndFullWidthDigitsAreNormalised(String input) {
    assertThat(MyNumber.parse(input).digits()).isEqualTo("123456789018");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "12345678901", "1234567890180", "12345678901a", "abcdefghijkl"})
  void wrongLengthOrNonDigitsIsAFormatError(String input) {
    assertThatThrownBy(() -> MyNumber.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("format"));
  }

  @Test
  void maskedShowsOnlyTheLastFourDigits() {
    assertThat(MyNumber.parse("123456789018").masked()).isEqualTo("********9018");
  }

  @Test
  void toStringIsMaskedSoTheNumberCannotLeakIntoLogs() {
    assertThat(MyNumber.parse("123456789018").toString()).isEqualTo("********9018");
  }

  @Test
  void exceptionMessageNeverContainsTheRejectedValue() {
    assertThatThrownBy(() -> MyNumber.parse("123456789012"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("123456789012"));
  }
}
