package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.madoguchi.forms.catalog.Condition;
import jp.madoguchi.forms.japanese.JapaneseAge;

/** Evaluates {@link Condition}s against normalised values; see Condition for the semantics. */
final class ConditionEvaluator {

  private final ValidationRun run;

  ConditionEvaluator(ValidationRun run) {
    this.run = run;
  }

  /** {@code scope} is the object holding the field the condition belongs to. */
  boolean test(Condition condition, JsonNode scope) {
    if (condition.all() != null) {
      return condition.all().stream().allMatch(c -> test(c, scope));
    }
    if (condition.any() != null) {
      return condition.any().stream().anyMatch(c -> test(c, scope));
    }
    if (condition.not() != null) {
      return !test(condition.not(), scope);
    }
    return testField(condition, resolve(condition.field(), scope));
  }

  private boolean testField(Condition c, JsonNode value) {
    boolean present = !Scalars.absent(value);
    if (c.present() != null) {
      return present == c.present();
    }
    if (c.equalTo() != null) {
      return same(value, c.equalTo());
    }
    if (c.notEquals() != null) {
      return !same(value, c.notEquals());
    }
    if (c.in() != null) {
      return value.isArray() ? anyIn(value, c.in()) : present && anyIn(List.of(value), c.in());
    }
    if (c.ageUnder() != null) {
      return ageUnder(value, c.ageUnder());
    }
    if (c.some() != null && value.isArray()) {
      for (JsonNode item : value) {
        if (item.isObject() && test(c.some(), item)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean ageUnder(JsonNode value, int age) {
    try {
      LocalDate birth = LocalDate.parse(value.asText());
      return !birth.isAfter(run.today()) && JapaneseAge.ageOn(birth, run.today()) < age;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private JsonNode resolve(String reference, JsonNode scope) {
    String[] parts = reference.split("\\.");
    JsonNode node = scope;
    int start = 0;
    if (parts[0].equals("form") || parts[0].equals("applicant")) {
      node = parts[0].equals("form") ? run.form() : run.applicant();
      start = 1;
    }
    for (int i = start; i < parts.length && node != null; i++) {
      node = node.isObject() ? node.get(parts[i]) : null;
    }
    return node == null ? MissingNode.getInstance() : node;
  }

  private static boolean anyIn(Iterable<JsonNode> values, List<JsonNode> allowed) {
    for (JsonNode value : values) {
      if (allowed.stream().anyMatch(a -> same(value, a))) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(JsonNode value, JsonNode expected) {
    if (Scalars.absent(value) || !value.isValueNode()) {
      return expected.isNull() && Scalars.absent(value);
    }
    if (value.isBoolean() || expected.isBoolean()) {
      return value.isBoolean() && expected.isBoolean() && value.asBoolean() == expected.asBoolean();
    }
    return value.asText().equals(expected.asText());
  }
}
