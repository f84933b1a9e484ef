package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaintextMyNumbersTest {

  @Test
  void aNumberWithAValidCheckDigitInJsonIsFound() {
    assertThat(PlaintextMyNumbers.in("{\"spouse\":{\"myNumber\":\"987654321093\"}}"))
        .containsExactly("987654321093");
  }

  @Test
  void aMaskedNumberAndAWrongCheckDigitAreNot() {
    assertThat(PlaintextMyNumbers.in("********9018 123456789011")).isEmpty();
  }

  @Test
  void digitsInsideAUuidOrAHashAreNoValueOfTheirOwn() {
    assertThat(PlaintextMyNumbers.in("delivery=0b6a4c1e-7d2f-4c3b-9a8e-123456789018")).isEmpty();
    assertThat(PlaintextMyNumbers.in("ab123456789018cd 1234567890185")).isEmpty();
  }
}
