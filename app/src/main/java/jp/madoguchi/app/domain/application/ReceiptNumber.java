package jp.madoguchi.app.domain.application;

import java.util.regex.Pattern;

/**
 * 受付番号: the number the portal assigns to a submission, opaque to Madoguchi and its idempotency key.
 * Up to 64 characters of letters, digits, hyphens and underscores.
 */
public record ReceiptNumber(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  public ReceiptNumber {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("受付番号は英数字・ハイフン・下線の64文字以内で指定してください");
    }
  }

  public static boolean isValid(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
