package jp.madoguchi.forms.pdf;

/**
 * Masks a 個人番号 for printing whatever the caller passed: a full number, a hyphenated one or one
 * already masked all become {@code ********9018}. At most the last four digits are ever shown.
 */
final class MyNumberMask {

  private static final String HIDDEN = "********";

  private MyNumberMask() {}

  static String mask(String value) {
    String digits = value.replaceAll("[^0-9０-９]", "");
    return HIDDEN + digits.substring(Math.max(0, digits.length() - 4));
  }
}
