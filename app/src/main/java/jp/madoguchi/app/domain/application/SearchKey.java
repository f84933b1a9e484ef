package jp.madoguchi.app.domain.application;

import java.util.Locale;
import java.util.Map;
import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * The form of a name the queue search compares, as clerks type it: NFKC (全角英数 and 半角カナ folded), no
 * white space at all (半角・全角), hiragana as katakana, and the common 異体字 of names as their usual form
 * (髙→高, 﨑→崎, 邊・邉→辺, 齋・齊・斉→斎 …). Stored per application ({@code search_name}, {@code search_kana})
 * and applied to the search term the same way, so the query compares plain columns with LIKE and
 * stays indexed.
 */
public final class SearchKey {

  /** 異体字 → the form the key uses; code points, as some lie outside the BMP (𠮷). */
  private static final Map<Integer, Integer> VARIANTS =
      Map.ofEntries(
          Map.entry(0x9AD9, (int) '高'), // 髙
          Map.entry(0xFA11, (int) '崎'), // 﨑
          Map.entry(0x5D5C, (int) '崎'), // 嵜
          Map.entry(0x908A, (int) '辺'), // 邊
          Map.entry(0x9089, (int) '辺'), // 邉
          Map.entry(0x9F4B, (int) '斎'), // 齋
          Map.entry(0x9F4A, (int) '斎'), // 齊
          Map.entry(0x6589, (int) '斎'), // 斉
          Map.entry(0x6FF1, (int) '浜'), // 濱
          Map.entry(0x6FA4, (int) '沢'), // 澤
          Map.entry(0x5D8B, (int) '島'), // 嶋
          Map.entry(0x5D8C, (int) '島'), // 嶌
          Map.entry(0x5EE3, (int) '広'), // 廣
          Map.entry(0x6AFB, (int) '桜'), // 櫻
          Map.entry(0x51A8, (int) '富'), // 冨
          Map.entry(0x20BB7, (int) '吉'), // 𠮷
          Map.entry(0x570B, (int) '国'), // 國
          Map.entry(0x7027, (int) '滝')); // 瀧

  private SearchKey() {}

  /** The key of {@code text}; null stays null. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    String folded = JapaneseText.hiraganaToKatakana(JapaneseText.nfkc(text));
    StringBuilder key = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .map(cp -> VARIANTS.getOrDefault(cp, cp))
        .forEach(key::appendCodePoint);
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
