package jp.madoguchi.forms.japanese;

/**
 * 保険者番号: 6 digits, the last a check digit over the first 5 with the 医療保険 rule (domain.md §5.4),
 * e.g. 131011.
 */
public record InsurerNumber(String digits) {

  public InsurerNumber {
    digits = Digits.exactly(digits, 6, "insurer number");
    Digits.requireCheckDigit(
        digits, 5, CheckDigits.insurerNumber(digits.substring(0, 5)), "insurer number");
  }

  public static InsurerNumber parse(String input) {
    return new InsurerNumber(input);
  }

  /** The check digit for a 5-digit body. */
  public static int checkDigitFor(String fiveDigits) {
    return CheckDigits.insurerNumber(Digits.exactly(fiveDigits, 5, "insurer number body"));
  }
}
