package jp.madoguchi.forms.japanese;

/**
 * 全角カタカナの氏名 (domain.md §5.6). Normalisation: half-width katakana to full-width with voiced marks
 * composed, hiragana to katakana, runs of spaces to one U+3000, trimmed. Allowed afterwards: ァ–ヶ,
 * ー, ヽヾ, ・ and U+3000.
 */
public record KanaName(String value) {

  public KanaName {
    if (value == null) {
      throw new InvalidValueException("format", "kana name is missing");
    }
    value = normalise(value);
    if (value.isEmpty() || !value.chars().allMatch(KanaName::allowed)) {
      throw new InvalidValueException("kana", "kana name must be full-width katakana");
    }
  }

  public static KanaName parse(String input) {
    return new KanaName(input);
  }

  /** The normalisation alone, without the character check. */
  public static String normalise(String input) {
    String katakana = JapaneseText.hiraganaToKatakana(JapaneseText.nfkc(input));
    return katakana.trim().replaceAll("[\\s\u3000]+", "\u3000");
  }

  private static boolean allowed(int c) {
    return (c >= 0x30A1 && c <= 0x30F6)
        || c == 0x30FC
        || c == 0x30FD
        || c == 0x30FE
        || c == 0x30FB
        || c == 0x3000;
  }
}
