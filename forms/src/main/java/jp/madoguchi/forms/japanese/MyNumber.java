package jp.madoguchi.forms.japanese;

/**
 * 個人番号 (My Number): 12 digits, the last a check digit over the first 11 (domain.md §5.1). {@link
 * #toString()} is masked so the number never ends up in a log by accident.
 */
public record MyNumber(String digits) {

  public MyNumber {
    digits = Digits.exactly(digits, 12, "My Number");
    Digits.requireCheckDigit(
        digits, 11, CheckDigits.myNumber(digits.substring(0, 11)), "My Number");
  }

  /** Accepts hyphens, spaces and full-width digits. */
  public static MyNumber parse(String input) {
    return new MyNumber(input);
  }

  /** The check digit for an 11-digit prefix. */
  public static int checkDigitFor(String elevenDigits) {
    return CheckDigits.myNumber(Digits.exactly(elevenDigits, 11, "My Number prefix"));
  }

  /** {@code ********9018}: what lists, PDFs and clerks without unmasking rights see. */
  public String masked() {
    return "********" + digits.substring(8);
  }

  @Override
  public String toString() {
    return masked();
  }
}
