package jp.madoguchi.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.madoguchi.forms.catalog.Constraints;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;

/**
 * First pass: walks a block against its field definitions, reports unknown keys, wrong JSON types,
 * invalid values and item counts, and builds the normalised copy. Absent values are left out; an
 * invalid value is kept as sent so that it is not reported as missing as well.
 */
final class TreeNormaliser {

  private final ValidationRun run;

  TreeNormaliser(ValidationRun run) {
    this.run = run;
  }

  /**
   * A root block ({@code blockName} is its Japanese name for messages): anything but an object (or
   * null/absent, taken as empty) is a type violation.
   */
  ObjectNode root(List<FieldDefinition> fields, JsonNode input, Location at, String blockName) {
    if (input != null && !input.isNull() && !input.isMissingNode() && !input.isObject()) {
      run.report(at.path(), "type", Messages.of("type", blockName));
      return JsonNodeFactory.instance.objectNode();
    }
    return object(fields, input, at);
  }

  private ObjectNode object(List<FieldDefinition> fields, JsonNode input, Location at) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    if (input == null || !input.isObject()) {
      return out;
    }
    Iterator<Map.Entry<String, JsonNode>> entries = input.fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      boolean known = fields.stream().anyMatch(f -> f.key().equals(entry.getKey()));
      if (!known && !Scalars.absent(entry.getValue())) {
        run.report(at.path() + "." + entry.getKey(), "unknown", Messages.unknown(entry.getKey()));
      }
    }
    for (FieldDefinition field : fields) {
      JsonNode value = input.get(field.key());
      if (!Scalars.absent(value)) {
        out.set(field.key(), value(field, value, at.child(field.key(), field.label())));
      }
    }
    return out;
  }

  private JsonNode value(FieldDefinition field, JsonNode value, Location at) {
    if (field.type() == FieldType.OBJECT && value.isObject()) {
      return object(field.fields(), value, at);
    }
    if (field.type() == FieldType.GROUP && value.isArray()) {
      return group(field, (ArrayNode) value, at);
    }
    Outcome outcome = ValueChecks.forType(field.type()).check(value, field, at, run);
    if (outcome.failed()) {
      run.report(at.path(), outcome.code(), outcome.message());
      return value;
    }
    return outcome.value();
  }

  private ArrayNode group(FieldDefinition field, ArrayNode items, Location at) {
    Constraints limits = field.limits();
    if (limits.minItems() != null && items.size() < limits.minItems()) {
      run.report(at.path(), "minItems", Messages.minItems(at.label(), limits.minItems()));
    }
    if (limits.maxItems() != null && items.size() > limits.maxItems()) {
      run.report(at.path(), "maxItems", Messages.maxItems(at.label(), limits.maxItems()));
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      Location itemAt = at.item(i);
      if (item.isObject()) {
        out.add(object(field.fields(), item, itemAt));
      } else {
        run.report(itemAt.path(), "type", Messages.of("type", itemAt.label()));
        out.add(item);
      }
    }
    return out;
  }
}
