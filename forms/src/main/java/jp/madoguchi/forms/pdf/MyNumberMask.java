package jp.madoguchi.forms.pdf;

import jp.madoguchi.forms.japanese.JapaneseText;

/**
 * Masks a 個人番号 for printing whatever the caller passed: a full number, a hyphenated one or one
 * already masked all become {@code ********9018}. At most the last four digits are ever shown.
 */
final class MyNumberMask {

  private static final String HIDDEN = "********";

  private MyNumberMask() {}

  static String mask(String value) {
    String digits = JapaneseText.nfkc(value).replaceAll("[^0-9]", "");
    return HIDDEN + digits.substring(Math.max(0, digits.length() - 4));
  }
}
