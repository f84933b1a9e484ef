package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaNeutraliserTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+81 3", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"x\")"})
  void cellsThatSpreadsheetsWouldEvaluateGetAQuote(String cell) {
    assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田", "2023-04-01", "a=b", "", "'quoted", "＝全角"})
  void otherCellsAreUnchanged(String cell) {
    assertThat(FormulaNeutraliser.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void nullStaysNull() {
    assertThat(FormulaNeutraliser.neutralise(null)).isNull();
  }
}
