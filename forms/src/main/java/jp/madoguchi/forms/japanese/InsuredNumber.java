package jp.madoguchi.forms.japanese;

/**
 * 介護保険 被保険者番号: exactly 10 digits. No national check digit is known (domain.md §5.4), so only length
 * and digits are checked.
 */
public record InsuredNumber(String digits) {

  public InsuredNumber {
    digits = Digits.exactly(digits, 10, "insured number");
  }

  public static InsuredNumber parse(String input) {
    return new InsuredNumber(input);
  }
}
