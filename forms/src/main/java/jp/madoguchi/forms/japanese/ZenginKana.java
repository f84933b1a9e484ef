package jp.madoguchi.forms.japanese;

import java.util.HashMap;
import java.util.Map;

/**
 * 全銀 口座名義カナ (domain.md §5.7): half-width, at most 30 characters (ﾞ and ﾟ count as one each), only
 * the safe set {@code 0-9 A-Z ｱ-ﾝ ﾞ ﾟ space ( ) - . /}. Full-width katakana, hiragana, small kana,
 * lower-case and full-width alphanumerics, ー and U+3000 are converted; anything else (ｦ, ・, kanji,
 * other symbols) is rejected.
 */
public record ZenginKana(String value) {

  public static final int MAX_LENGTH = 30;

  private static final String SMALL = "ァィゥェォッャュョヮ";
  private static final String LARGE = "アイウエオツヤユヨワ";
  private static final String SAFE_SYMBOLS = " ()-./";
  private static final Map<Character, String> FULL_TO_HALF = fullToHalfTable();

  public ZenginKana {
    if (value == null) {
      throw new InvalidValueException("format", "account holder kana is missing");
    }
    value = convert(value);
    if (value.isEmpty() || !value.chars().allMatch(ZenginKana::safe)) {
      throw new InvalidValueException("zengin", "character outside the Zengin safe set");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("maxLength", "Zengin kana longer than 30 characters");
    }
  }

  public static ZenginKana parse(String input) {
    return new ZenginKana(input);
  }

  /** The conversion alone, without the safe-set and length checks. */
  public static String convert(String input) {
    String text = JapaneseText.hiraganaToKatakana(JapaneseText.nfkc(input)).trim();
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      int small = SMALL.indexOf(c);
      char large = small >= 0 ? LARGE.charAt(small) : c;
      out.append(halfWidth(large));
    }
    return out.toString().replaceAll(" +", " ");
  }

  private static String halfWidth(char c) {
    if (c == 'ー') {
      return "-";
    }
    if (c >= 'a' && c <= 'z') {
      return String.valueOf((char) (c - 'a' + 'A'));
    }
    return FULL_TO_HALF.getOrDefault(c, String.valueOf(c));
  }

  private static boolean safe(int c) {
    return (c >= '0' && c <= '9')
        || (c >= 'A' && c <= 'Z')
        || (c >= 0xFF71 && c <= 0xFF9F)
        || SAFE_SYMBOLS.indexOf(c) >= 0;
  }

  /** Built from NFKC itself so the table cannot disagree with the normaliser. */
  private static Map<Character, String> fullToHalfTable() {
    Map<Character, String> table = new HashMap<>();
    for (char half = '\uFF66'; half <= '\uFF9D'; half++) {
      String base = String.valueOf(half);
      put(table, base);
      put(table, base + '\uFF9E');
      put(table, base + '\uFF9F');
    }
    return table;
  }

  private static void put(Map<Character, String> table, String halfWidth) {
    String full = JapaneseText.nfkc(halfWidth);
    if (full.length() == 1) {
      table.putIfAbsent(full.charAt(0), halfWidth);
    }
  }
}
