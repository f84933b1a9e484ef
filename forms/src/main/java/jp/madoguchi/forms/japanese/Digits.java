package jp.madoguchi.forms.japanese;

/** Parsing of fixed-length digit identifiers with a shared error vocabulary. */
final class Digits {

  private Digits() {}

  /**
   * Normalises {@code input} (full-width digits, hyphens, spaces) and requires exactly {@code
   * length} ASCII digits.
   */
  static String exactly(String input, int length, String what) {
    if (input == null) {
      throw new InvalidValueException("format", what + " is missing");
    }
    String digits = JapaneseText.digitsOnly(input);
    if (digits.length() != length || !JapaneseText.isAsciiDigits(digits)) {
      throw new InvalidValueException("format", what + " must be " + length + " digits");
    }
    return digits;
  }

  static void requireCheckDigit(String digits, int position, int expected, String what) {
    if (digits.charAt(position) - '0' != expected) {
      throw new InvalidValueException("checkDigit", what + " has a wrong check digit");
    }
  }
}
