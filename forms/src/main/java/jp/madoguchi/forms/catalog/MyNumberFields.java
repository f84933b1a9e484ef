package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The 個人番号 of a form, found by field type whoever they belong to (配偶者, 被保険者, each 児童 of a repeated
 * group, any future definition): every value of a {@code myNumber} field, with its path as clerks
 * and the disclosure name it ({@code form.spouse.myNumber}, {@code form.children[1].myNumber}).
 */
public final class MyNumberFields {

  /** One 個人番号 value in a form tree and where it sits. */
  public record Found(String path, ObjectNode parent, String key) {

    public String value() {
      return parent.path(key).asText();
    }

    public void replace(String newValue) {
      parent.put(key, newValue);
    }

    public void remove() {
      parent.remove(key);
    }
  }

  private MyNumberFields() {}

  /** Every non-empty 個人番号 value of {@code form}, in definition order. */
  public static List<Found> in(ProcedureDefinition definition, JsonNode form) {
    List<Found> found = new ArrayList<>();
    if (form instanceof ObjectNode object) {
      collect(definition.fields(), object, "form", found);
    }
    return found;
  }

  /** Replaces every 個人番号 value of {@code form} by what {@code replacement} makes of it. */
  public static void replaceAll(
      ProcedureDefinition definition, JsonNode form, UnaryOperator<String> replacement) {
    in(definition, form).forEach(f -> f.replace(replacement.apply(f.value())));
  }

  /** Whether {@code definition} has any 個人番号 field in its form (not counting the applicant). */
  public static boolean declaredIn(ProcedureDefinition definition) {
    return declaredIn(definition.fields());
  }

  private static boolean declaredIn(List<FieldDefinition> fields) {
    return fields.stream().anyMatch(f -> f.type() == FieldType.MY_NUMBER || declaredIn(f.fields()));
  }

  private static void collect(
      List<FieldDefinition> fields, ObjectNode node, String prefix, List<Found> out) {
    for (FieldDefinition field : fields) {
      JsonNode value = node.get(field.key());
      if (value == null || value.isNull()) {
        continue;
      }
      String path = prefix + "." + field.key();
      if (field.type() == FieldType.MY_NUMBER && value.isTextual() && !value.asText().isEmpty()) {
        out.add(new Found(path, node, field.key()));
      } else if (field.type() == FieldType.OBJECT && value instanceof ObjectNode nested) {
        collect(field.fields(), nested, path, out);
      } else if (field.type() == FieldType.GROUP && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          if (value.get(i) instanceof ObjectNode item) {
            collect(field.fields(), item, path + "[" + i + "]", out);
          }
        }
      }
    }
  }
}
