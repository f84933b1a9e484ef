package jp.madoguchi.forms.japanese;

/**
 * The check-digit algorithms of domain.md §5; inputs are ASCII digit strings of the right length.
 */
final class CheckDigits {

  private CheckDigits() {}

  /** §5.1: check digit of the first 11 digits of a 個人番号. */
  static int myNumber(String elevenDigits) {
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = digitFromRight(elevenDigits, n);
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int r = sum % 11;
    return r <= 1 ? 0 : 11 - r;
  }

  /** §5.2: check digit (the leading digit) of a 法人番号 over the following 12 digits. */
  static int corporateNumber(String twelveDigits) {
    int sum = 0;
    for (int n = 1; n <= 12; n++) {
      sum += digitFromRight(twelveDigits, n) * (n % 2 == 1 ? 1 : 2);
    }
    return 9 - sum % 9;
  }

  /** §5.3: check digit of a 5-digit 地方公共団体コード. */
  static int localGovernmentCode(String fiveDigits) {
    int sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (fiveDigits.charAt(i) - '0') * (6 - i);
    }
    return (11 - sum % 11) % 10;
  }

  /** §5.4: check digit of a 5-digit 保険者番号 body (weights 2,1,2,… from the right, digit sums). */
  static int insurerNumber(String fiveDigits) {
    int sum = 0;
    for (int n = 1; n <= 5; n++) {
      int product = digitFromRight(fiveDigits, n) * (n % 2 == 1 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return (10 - sum % 10) % 10;
  }

  private static int digitFromRight(String digits, int n) {
    return digits.charAt(digits.length() - n) - '0';
  }
}
