package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

  @ParameterizedTest
  @ValueSource(strings = {"100-0001", "1000001", "１００－０００１", "１００ー０００１", " 100-0001 "})
  void postalCodeIsStoredAsSevenDigits(String input) {
    assertThat(PostalCode.parse(input).digits()).isEqualTo("1000001");
  }

  @Test
  void postalCodeIsDisplayedWithAHyphen() {
    assertThat(PostalCode.parse("1000001").formatted()).isEqualTo("100-0001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "100-001",
        "10000011",
        "10-00001",
        "abc-defg",
        "100--0001",
        "100 0001",
        "100　0001",
        "100- 0001"
      })
  void postalCodeRejectsOtherShapes(String input) {
    assertThatThrownBy(() -> PostalCode.parse(input)).isInstanceOf(InvalidValueException.class);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "03-1234-5678, 0312345678",
    "(03) 1234 5678, 0312345678",
    "０３－１２３４－５６７８, 0312345678",
    "0120-123-456, 0120123456",
    "090-1234-5678, 09012345678",
    "080 1234 5678, 08012345678",
    "070-1234-5678, 07012345678",
    "050-1234-5678, 05012345678",
    "0800-123-4567, 08001234567",
    "020-1234-5678, 02012345678",
    "+81-90-1234-5678, 09012345678",
    "+81 3 1234 5678, 0312345678",
    "+81(0)3-1234-5678, 0312345678"
  })
  void phoneNumbersAreStoredAsDigits(String input, String digits) {
    assertThat(PhoneNumber.parse(input).digits()).isEqualTo(digits);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"3-1234-5678", "03-1234-567", "090-1234-567", "03-1234-56789", "0312345678x", ""})
  void phoneNumbersOfTheWrongShapeAreRejected(String input) {
    assertThatThrownBy(() -> PhoneNumber.parse(input)).isInstanceOf(InvalidValueException.class);
  }
}
