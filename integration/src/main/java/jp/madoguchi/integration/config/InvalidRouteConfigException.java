package jp.madoguchi.integration.config;

/**
 * A route configuration that cannot even be constructed (a missing pattern, a FILE_EXPORT route
 * without file settings). Carries the same field and code as a {@link ConfigViolation}.
 */
public class InvalidRouteConfigException extends IllegalArgumentException {

  private final transient ConfigViolation violation;

  public InvalidRouteConfigException(String field, String code, String message) {
    super(field + ": " + message);
    this.violation = new ConfigViolation(field, code, message);
  }

  public ConfigViolation violation() {
    return violation;
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidRouteConfigException(field, "required", "必須項目です");
    }
    return value;
  }
}
