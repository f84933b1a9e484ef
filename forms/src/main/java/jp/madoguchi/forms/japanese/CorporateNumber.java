package jp.madoguchi.forms.japanese;

/** 法人番号: 13 digits, the FIRST a check digit over the following 12 (domain.md §5.2). */
public record CorporateNumber(String digits) {

  public CorporateNumber {
    digits = Digits.exactly(digits, 13, "corporate number");
    Digits.requireCheckDigit(
        digits, 0, CheckDigits.corporateNumber(digits.substring(1)), "corporate number");
  }

  public static CorporateNumber parse(String input) {
    return new CorporateNumber(input);
  }

  /** The leading check digit for a 12-digit body. */
  public static int checkDigitFor(String twelveDigits) {
    return CheckDigits.corporateNumber(Digits.exactly(twelveDigits, 12, "corporate number body"));
  }
}
