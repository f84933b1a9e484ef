package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KanaTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ﾔﾏﾀﾞ ﾀﾛｳ, ヤマダ\u3000タロウ",
    "やまだ　たろう, ヤマダ\u3000タロウ",
    "ｳﾞｧｲｵﾚｯﾄ, ヴァイオレット",
    "ﾊﾟﾋﾟﾌﾟ, パピプ",
    "'  サトウ   ハナコ  ', サトウ\u3000ハナコ",
    "ゝゞヽヾ, ヽヾヽヾ",
    "ジョン・スミス, ジョン・スミス",
    "ｺｰﾋｰ, コーヒー"
  })
  void kanaNamesAreNormalisedToFullWidthKatakana(String input, String expected) {
    assertThat(KanaName.parse(input).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"山田 太郎", "YAMADA TARO", "ヤマダ1", "ヤマダ!", "   "})
  void kanaNamesWithAnythingButKatakanaAreRejected(String input) {
    assertThatThrownBy(() -> KanaName.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isIn("kana", "format"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ヤマダ　タロウ, ﾔﾏﾀﾞ ﾀﾛｳ",
    "やまだ たろう, ﾔﾏﾀﾞ ﾀﾛｳ",
    "キュウ, ｷﾕｳ",
    "ガッコウ, ｶﾞﾂｺｳ",
    "ヴィーナス, ｳﾞｲ-ﾅｽ",
    "ﾊﾟｰｸ, ﾊﾟ-ｸ",
    "abc１２３, ABC123",
    "(カ)ヤマダ/シテン.1, (ｶ)ﾔﾏﾀﾞ/ｼﾃﾝ.1"
  })
  void zenginKanaIsConvertedToHalfWidth(String input, String expected) {
    assertThat(ZenginKana.parse(input).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ヲ", "ｦ", "ヤマダ・タロウ", "山田", "ヤマダ!", "ヤマダ@", "¥"})
  void zenginKanaOutsideTheSafeSetIsRejected(String input) {
    assertThatThrownBy(() -> ZenginKana.parse(input))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("zengin"));
  }

  @Test
  void zenginKanaCountsVoicedMarksAsCharacters() {
    String fifteenVoiced = "ガ".repeat(15); // ｶﾞ × 15 = 30 half-width characters
    assertThat(ZenginKana.parse(fifteenVoiced).value()).hasSize(30);
    assertThatThrownBy(() -> ZenginKana.parse(fifteenVoiced + "ア"))
        .isInstanceOfSatisfying(
            InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("maxLength"));
  }
}
