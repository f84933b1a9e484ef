package jp.madoguchi.integration.record;

import java.util.HashMap;
import java.util.Map;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * Converts text to the half-width katakana core systems keep 氏名カナ in: hiragana and full-width
 * katakana to half-width (ガ → ｶﾞ, ヴ → ｳﾞ), ー → ｰ, full-width alphanumerics and U+3000 to ASCII.
 * Small kana stay small (ｧ ｯ ｬ), unlike 全銀 kana. Characters without a half-width form (ヰ, ヵ, kanji)
 * are kept.
 */
public final class HalfWidthKana {

  private static final Map<Character, String> FULL_TO_HALF = table();

  private HalfWidthKana() {}

  public static String convert(String text) {
    String katakana = JapaneseText.hiraganaToKatakana(JapaneseText.nfkc(text));
    StringBuilder out = new StringBuilder(katakana.length());
    for (char c : katakana.toCharArray()) {
      out.append(FULL_TO_HALF.getOrDefault(c, String.valueOf(c)));
    }
    return out.toString();
  }

  /** Built from NFKC so it agrees with the normaliser: every half-width form and its full form. */
  private static Map<Character, String> table() {
    Map<Character, String> table = new HashMap<>();
    for (char half = '\uFF61'; half <= '\uFF9D'; half++) {
      put(table, String.valueOf(half));
      put(table, half + "\uFF9E");
      put(table, half + "\uFF9F");
    }
    return table;
  }

  private static void put(Map<Character, String> table, String halfWidth) {
    String full = JapaneseText.nfkc(halfWidth);
    if (full.length() == 1 && full.charAt(0) > 0x7F) {
      table.putIfAbsent(full.charAt(0), halfWidth);
    }
  }
}
