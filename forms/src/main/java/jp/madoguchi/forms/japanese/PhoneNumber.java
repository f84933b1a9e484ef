package jp.madoguchi.forms.japanese;

import java.util.List;

/**
 * Japanese phone number stored as digits only (domain.md §5.5): starts with 0; 10 digits for fixed
 * lines and 0120, 11 digits for 070/080/090 mobiles, 050 IP, 0800 and 020. {@code +81} becomes 0.
 */
public record PhoneNumber(String digits) {

  private static final List<String> ELEVEN_DIGIT_PREFIXES =
      List.of("070", "080", "090", "050", "0800", "020");

  public PhoneNumber {
    if (digits == null) {
      throw new InvalidValueException("format", "phone number is missing");
    }
    digits = clean(digits);
    if (!JapaneseText.isAsciiDigits(digits) || !digits.startsWith("0") || !validLength(digits)) {
      throw new InvalidValueException("format", "not a Japanese phone number");
    }
  }

  public static PhoneNumber parse(String input) {
    return new PhoneNumber(input);
  }

  private static String clean(String input) {
    String text = JapaneseText.digitsOnly(input).replace("(", "").replace(")", "");
    if (text.startsWith("+81")) {
      text = "0" + text.substring(3);
      if (text.startsWith("00")) {
        text = text.substring(1);
      }
    }
    return text;
  }

  private static boolean validLength(String digits) {
    boolean elevenDigitPrefix = ELEVEN_DIGIT_PREFIXES.stream().anyMatch(digits::startsWith);
    return digits.length() == (elevenDigitPrefix ? 11 : 10);
  }
}
