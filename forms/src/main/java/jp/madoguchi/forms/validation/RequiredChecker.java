package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;

/**
 * Second pass, over the normalised blocks: reports required fields that are absent, evaluating
 * {@code requiredWhen} in the scope of the object or group item that holds the field.
 */
final class RequiredChecker {

  private final ValidationRun run;
  private final ConditionEvaluator conditions;

  RequiredChecker(ValidationRun run) {
    this.run = run;
    this.conditions = new ConditionEvaluator(run);
  }

  void check(List<FieldDefinition> fields, JsonNode object, Location at) {
    for (FieldDefinition field : fields) {
      JsonNode value = object.get(field.key());
      Location fieldAt = at.child(field.key(), field.label());
      if (Scalars.absent(value)) {
        if (required(field, object)) {
          run.report(fieldAt.path(), "required", Messages.of("required", fieldAt.label()));
        }
      } else if (field.type() == FieldType.OBJECT && value.isObject()) {
        check(field.fields(), value, fieldAt);
      } else if (field.type() == FieldType.GROUP && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i).isObject()) {
            check(field.fields(), value.get(i), fieldAt.item(i));
          }
        }
      }
    }
  }

  private boolean required(FieldDefinition field, JsonNode scope) {
    return field.required()
        || (field.requiredWhen() != null && conditions.test(field.requiredWhen(), scope));
  }
}
