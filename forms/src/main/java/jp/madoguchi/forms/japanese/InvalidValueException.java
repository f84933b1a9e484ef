package jp.madoguchi.forms.japanese;

/**
 * A value that does not satisfy a Japanese format. {@link #code()} is the stable machine word the
 * validation engine reports ({@code format}, {@code checkDigit}, {@code kana}, …). The message is
 * English and never contains the rejected value, so it is safe to log.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private final String code;

  public InvalidValueException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
