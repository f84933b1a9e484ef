package jp.madoguchi.forms.japanese;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HiddenCharactersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
        "\u200E", "\u200F", "\u061C", "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF"
      })
  void bidiAndZeroWidthCharactersAreInvisible(String character) {
    assertThat(HiddenCharacters.problem("山田" + character + "太郎", true))
        .contains(HiddenCharacters.INVISIBLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u009F"})
  void controlCharactersAreRefusedEvenInFreeText(String character) {
    assertThat(HiddenCharacters.problem("東京都" + character + "千代田区", true))
        .contains(HiddenCharacters.CONTROL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r", "\n", "\t"})
  void lineBreaksAndTabsAreAllowedOnlyInFreeText(String character) {
    assertThat(HiddenCharacters.problem("一行目" + character + "二行目", true)).isEmpty();
    assertThat(HiddenCharacters.problem("一行目" + character + "二行目", false))
        .contains(HiddenCharacters.CONTROL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF", "a\uD800b", "\uDC00\uD800"})
  void surrogatesWithoutTheirPairAreInvalid(String text) {
    assertThat(HiddenCharacters.hasLoneSurrogate(text)).isTrue();
    assertThat(HiddenCharacters.problem(text, true)).contains(HiddenCharacters.LONE_SURROGATE);
  }

  @Test
  void ordinaryJapaneseTextAndPairedSurrogatesAreClean() {
    String text = "東京都千代田区千代田1-1　𠮷野家ビル（ヤマダ・タロウ）〒100-0001 😀";
    assertThat(HiddenCharacters.hasLoneSurrogate(text)).isFalse();
    assertThat(HiddenCharacters.problem(text, false)).isEmpty();
  }
}
