package jp.madoguchi.integration.config;

import java.util.Objects;

/**
 * One problem with a route configuration: the JSON path of the field ({@code file.directory},
 * {@code file.columns[2].source}), a stable machine code and a Japanese message for IT staff.
 */
public record ConfigViolation(String field, String code, String message) {

  public ConfigViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
