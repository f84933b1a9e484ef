package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * One field of an applicant block, a form, a nested object or a group item. {@code required} is
 * unconditional; {@code requiredWhen} makes it required when the condition holds. Object and group
 * fields carry nested {@code fields}; enum and multi fields carry {@code options}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(
    String key,
    String label,
    FieldType type,
    boolean required,
    Condition requiredWhen,
    Constraints constraints,
    List<Option> options,
    String help,
    List<FieldDefinition> fields) {

  public FieldDefinition {
    options = options == null ? List.of() : List.copyOf(options);
    fields = fields == null ? List.of() : List.copyOf(fields);
  }

  /** The constraints, or {@link Constraints#NONE}. */
  @JsonIgnore
  public Constraints limits() {
    return constraints == null ? Constraints.NONE : constraints;
  }

  /** The nested field with this key. */
  public Optional<FieldDefinition> field(String nestedKey) {
    return fields.stream().filter(f -> f.key().equals(nestedKey)).findFirst();
  }
}
