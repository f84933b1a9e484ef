package jp.madoguchi.forms.japanese;

import java.text.Normalizer;

/** Character-width and kana helpers shared by the value objects and the validation engine. */
public final class JapaneseText {

  private static final String HYPHENS =
      "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFE63";

  private JapaneseText() {}

  /** Unicode NFKC: full-width ASCII to half-width, half-width katakana to full-width (composed). */
  public static String nfkc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Prepares a number-like input: NFKC, every dash-like character (including the 長音 ー that people
   * type in postal codes) becomes {@code -}, and white space is removed.
   */
  public static String numberLike(String text) {
    StringBuilder out = new StringBuilder();
    nfkc(text)
        .codePoints()
        .forEach(
            cp -> {
              if (HYPHENS.indexOf(cp) >= 0) {
                out.append('-');
              } else if (!Character.isWhitespace(cp) && cp != 0x3000) {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** Removes hyphens from a {@link #numberLike} string. */
  public static String digitsOnly(String text) {
    return numberLike(text).replace("-", "");
  }

  /** True if the string is non-empty and consists of ASCII digits only. */
  public static boolean isAsciiDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** ぁ–ゖ and ゝゞ to the katakana at the same offset; everything else unchanged. */
  public static String hiraganaToKatakana(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      boolean hiragana = (c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E';
      out.append(hiragana ? (char) (c + 0x60) : c);
    }
    return out.toString();
  }

  /** Half-width katakana (U+FF61–U+FF9F) to full-width with voiced marks composed; rest kept. */
  public static String halfWidthKanaToFullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int end = i;
      while (end < text.length() && isHalfWidthKana(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        out.append(nfkc(text.substring(i, end)));
        i = end;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return out.toString();
  }

  /** Number of Unicode code points, the unit of every length limit (domain.md §5.9). */
  public static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static boolean isHalfWidthKana(char c) {
    return c >= '\uFF61' && c <= '\uFF9F';
  }
}
