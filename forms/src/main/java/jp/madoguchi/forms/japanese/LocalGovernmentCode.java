package jp.madoguchi.forms.japanese;

/** 地方公共団体コード: 5 digits plus a check digit (domain.md §5.3), e.g. 131016 千代田区. */
public record LocalGovernmentCode(String digits) {

  public LocalGovernmentCode {
    digits = Digits.exactly(digits, 6, "local government code");
    Digits.requireCheckDigit(
        digits,
        5,
        CheckDigits.localGovernmentCode(digits.substring(0, 5)),
        "local government code");
  }

  public static LocalGovernmentCode parse(String input) {
    return new LocalGovernmentCode(input);
  }

  /** The full 6-digit code for a 5-digit body: {@code 13101} → {@code 131016}. */
  public static LocalGovernmentCode fromFiveDigits(String fiveDigits) {
    String body = Digits.exactly(fiveDigits, 5, "local government code body");
    return new LocalGovernmentCode(body + CheckDigits.localGovernmentCode(body));
  }

  public static boolean isValid(String input) {
    try {
      parse(input);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
