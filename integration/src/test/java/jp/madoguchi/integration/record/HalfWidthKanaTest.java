package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfWidthKanaTest {

  @ParameterizedTest
  @CsvSource({
    "ヤマダ　タロウ, ﾔﾏﾀﾞ ﾀﾛｳ",
    "やまだ はなこ, ﾔﾏﾀﾞ ﾊﾅｺ",
    "ヴァイオリン, ｳﾞｧｲｵﾘﾝ",
    "キョウコ, ｷｮｳｺ",
    "ハットリ, ﾊｯﾄﾘ",
    "パーカー, ﾊﾟｰｶｰ",
    "ＡＢＣ１２３, ABC123",
    "ﾔﾏﾀﾞ, ﾔﾏﾀﾞ",
    "ヰヱ, ヰヱ"
  })
  void convertsToHalfWidthKeepingSmallKana(String input, String expected) {
    assertThat(HalfWidthKana.convert(input)).isEqualTo(expected);
  }
}
