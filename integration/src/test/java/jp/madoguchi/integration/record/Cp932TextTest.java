package jp.madoguchi.integration.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Cp932TextTest {

  private final Cp932Text lenient = new Cp932Text(false);
  private final Cp932Text strict = new Cp932Text(true);

  private static String decoded(String text) {
    return new String(text.getBytes(Cp932Text.WINDOWS_31J), Cp932Text.WINDOWS_31J);
  }

  @ParameterizedTest
  @CsvSource({"〜,～", "−,－", "‖,∥", "¢,￠", "£,￡", "¬,￢", "¥,￥", "—,―"})
  void unicodeVariantsAreMappedToWhatWindows31jEncodes(String input, String expected) {
    Substitution s = lenient.prepare("1" + input + "2");
    assertThat(s.text()).isEqualTo("1" + expected + "2");
    assertThat(s.gaijiFound()).isFalse();
    assertThat(decoded(s.text())).isEqualTo(s.text());
  }

  @Test
  void ordinaryJapaneseTextIsKeptAndNotFlagged() {
    Substitution s = lenient.prepare("東京都千代田区千代田１－１　ﾔﾏﾀﾞ ～ 〒100");
    assertThat(s.text()).isEqualTo("東京都千代田区千代田１－１　ﾔﾏﾀﾞ ～ 〒100");
    assertThat(s.gaijiFound()).isFalse();
  }

  @Test
  void aSupplementaryKanjiBecomesOneGetaAndIsFlagged() {
    Substitution s = lenient.prepare("𠮷田");
    assertThat(s.text()).isEqualTo("〓田");
    assertThat(s.gaijiFound()).isTrue();
  }

  @Test
  void emojiBecomeGeta() {
    assertThat(lenient.prepare("よろしく😀🍣").text()).isEqualTo("よろしく〓〓");
  }

  @Test
  void ibmExtensionKanjiAreKeptByDefault() {
    Substitution s = lenient.prepare("髙﨑①");
    assertThat(s.text()).isEqualTo("髙﨑①");
    assertThat(s.gaijiFound()).isFalse();
  }

  @Test
  void strictJisX0208TreatsNecAndIbmExtensionsAsGaiji() {
    Substitution s = strict.prepare("髙橋 﨑 ① 高崎");
    assertThat(s.text()).isEqualTo("〓橋 〓 〓 高崎");
    assertThat(s.gaijiFound()).isTrue();
  }

  @Test
  void privateUseCharactersAreAlwaysGaiji() {
    assertThat(lenient.prepare("\uE000").text()).isEqualTo("〓");
  }

  @Test
  void charactersWithoutARoundTripAreGaiji() {
    assertThat(lenient.prepare("\u00A6\u00AD").text()).isEqualTo("〓〓");
  }

  @Test
  void theGetaItselfIsAnOrdinaryCharacter() {
    Substitution s = lenient.prepare("〓");
    assertThat(s.gaijiFound()).isFalse();
  }

  @Test
  void fullWidthTakesTwoBytesAndHalfWidthKanaOne() {
    assertThat(lenient.byteWidth('山')).isEqualTo(2);
    assertThat(lenient.byteWidth('ｱ')).isEqualTo(1);
    assertThat(lenient.byteWidth('A')).isEqualTo(1);
    assertThat(lenient.byteWidth('〓')).isEqualTo(2);
  }

  /**
   * The character table built once must judge every BMP character as the round trip through
   * windows-31j does, in both modes (the check it replaced, written out here).
   */
  @Test
  void everyBmpCharacterIsJudgedAsItsRoundTripSays() {
    for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
      if (Character.isSurrogate((char) cp) || mapped(cp)) {
        continue;
      }
      String character = Character.toString(cp);
      byte[] bytes = character.getBytes(Cp932Text.WINDOWS_31J);
      boolean lost =
          Character.getType(cp) == Character.PRIVATE_USE
              || !new String(bytes, Cp932Text.WINDOWS_31J).equals(character);
      int lead = bytes[0] & 0xFF;
      boolean extension =
          bytes.length == 2 && (lead == 0x87 || lead == 0xED || lead == 0xEE || lead >= 0xFA);
      String lenientExpected = lost ? "〓" : character;
      String strictExpected = lost || extension ? "〓" : character;
      assertThat(lenient.prepare(character).text()).as("U+%04X", cp).isEqualTo(lenientExpected);
      assertThat(strict.prepare(character).text()).as("U+%04X", cp).isEqualTo(strictExpected);
    }
  }

  private static boolean mapped(int cp) {
    return "〜−‖¢£¬¥‾—".indexOf(cp) >= 0;
  }
}
