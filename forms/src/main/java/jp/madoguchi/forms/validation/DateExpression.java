package jp.madoguchi.forms.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date bound in a definition: an ISO date, {@code today}, {@code today+N} or {@code today-N}. */
final class DateExpression {

  private static final Pattern RELATIVE = Pattern.compile("today(?:([+-])(\\d{1,5}))?");

  private DateExpression() {}

  static Optional<LocalDate> resolve(String expression, LocalDate today) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher m = RELATIVE.matcher(expression);
    if (m.matches()) {
      long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
      return Optional.of("-".equals(m.group(1)) ? today.minusDays(days) : today.plusDays(days));
    }
    try {
      return Optional.of(LocalDate.parse(expression));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
