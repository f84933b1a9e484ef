package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Optional;
import jp.madoguchi.forms.catalog.Constraints;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.japanese.InvalidValueException;
import jp.madoguchi.forms.japanese.WarekiDate;

/**
 * date: ISO or 和暦 input (§5.8), stored as ISO {@code yyyy-MM-dd}. Not after today unless {@code
 * allowFuture}; {@code minDate}/{@code maxDate} bound it further.
 */
final class DateCheck implements ValueCheck {

  @Override
  public Outcome check(JsonNode value, FieldDefinition field, Location at, ValidationRun run) {
    Optional<String> raw = Scalars.text(value);
    if (raw.isEmpty()) {
      return Outcome.fail("type", at);
    }
    LocalDate date;
    try {
      date = WarekiDate.parse(raw.get()).date();
    } catch (InvalidValueException e) {
      if (e.code().equals("min")) {
        return Outcome.fail("min", Messages.notBefore(at.label(), "明治6年（1873年）1月1日"));
      }
      return Outcome.fail(e.code(), at);
    }
    return bounds(date, field.limits(), at, run.today())
        .orElse(Outcome.ok(TextNode.valueOf(date.toString())));
  }

  private static Optional<Outcome> bounds(
      LocalDate date, Constraints limits, Location at, LocalDate today) {
    Optional<LocalDate> min = DateExpression.resolve(limits.minDate(), today);
    Optional<LocalDate> max = DateExpression.resolve(limits.maxDate(), today);
    if (min.isPresent() && date.isBefore(min.get())) {
      return Optional.of(Outcome.fail("min", Messages.notBefore(at.label(), min.get())));
    }
    if (max.isPresent() && date.isAfter(max.get())) {
      return Optional.of(Outcome.fail("max", Messages.notAfter(at.label(), max.get())));
    }
    if (!limits.futureAllowed() && date.isAfter(today)) {
      return Optional.of(Outcome.fail("futureDate", at));
    }
    return Optional.empty();
  }
}
