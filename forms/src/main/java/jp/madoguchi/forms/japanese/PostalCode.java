package jp.madoguchi.forms.japanese;

import java.util.regex.Pattern;

/**
 * 郵便番号: {@code NNN-NNNN} or 7 digits after width normalisation; stored as 7 digits (§5.5). Spaces
 * around the code are trimmed, a space inside it ({@code 100 0001}) is refused.
 */
public record PostalCode(String digits) {

  private static final Pattern INPUT = Pattern.compile("\\d{3}-?\\d{4}");

  public PostalCode {
    if (digits == null
        || digits.strip().codePoints().anyMatch(PostalCode::isSpace)
        || !INPUT.matcher(JapaneseText.numberLike(digits)).matches()) {
      throw new InvalidValueException("format", "postal code must be NNN-NNNN or 7 digits");
    }
    digits = JapaneseText.digitsOnly(digits);
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  public static PostalCode parse(String input) {
    return new PostalCode(input);
  }

  /** {@code 100-0001}. */
  public String formatted() {
    return digits.substring(0, 3) + "-" + digits.substring(3);
  }
}
