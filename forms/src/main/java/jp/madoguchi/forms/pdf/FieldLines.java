package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.validation.Location;

/**
 * Resolves a field key of the core system's entry order ({@code applicant.name}, {@code
 * form.spouse.birthDate}, {@code form.children[].birthDate}, {@code form.children[0].name}) to
 * labelled, formatted lines: one per group item, containers expanded to their fields. Labels read
 * like the validator's (「児童（2件目）の生年月日」). A key the definition does not have yields one line saying
 * so, since a route may name fields of a newer definition version.
 */
final class FieldLines {

  /** One printed line: the field's label and its formatted value. */
  record Line(String label, String value) {}

  private record Context(JsonNode node, Location at) {}

  private record Segment(String name, Integer index) {
    static Segment parse(String text) {
      int bracket = text.indexOf('[');
      if (bracket < 0 || !text.endsWith("]")) {
        return new Segment(text, null);
      }
      String inside = text.substring(bracket + 1, text.length() - 1);
      Integer index = inside.matches("\\d{1,4}") ? Integer.valueOf(inside) : null;
      return new Segment(text.substring(0, bracket), index);
    }
  }

  private FieldLines() {}

  static List<Line> resolve(ApplicationDocument document, String key) {
    String[] segments = key.split("\\.");
    Context root;
    List<FieldDefinition> fields;
    if (segments[0].equals("applicant")) {
      root = new Context(document.applicant(), new Location("applicant", "申請者"));
      fields = document.definition().applicant().fields();
    } else if (segments[0].equals("form")) {
      root = new Context(document.form(), Location.root("form"));
      fields = document.definition().fields();
    } else {
      return List.of(unknown(key));
    }
    List<Line> lines = new ArrayList<>();
    boolean known = walk(fields, List.of(root), segments, 1, lines);
    return known ? lines : List.of(unknown(key));
  }

  private static boolean walk(
      List<FieldDefinition> fields,
      List<Context> contexts,
      String[] segments,
      int index,
      List<Line> lines) {
    if (index == segments.length) {
      contexts.forEach(
          c ->
              fields.forEach(f -> expand(f, child(c, f), c.at().child(f.key(), f.label()), lines)));
      return true;
    }
    Segment segment = Segment.parse(segments[index]);
    Optional<FieldDefinition> found =
        fields.stream().filter(f -> f.key().equals(segment.name())).findFirst();
    if (found.isEmpty() || (index + 1 < segments.length && !found.get().type().isContainer())) {
      return false;
    }
    FieldDefinition field = found.get();
    List<Context> next = new ArrayList<>();
    for (Context context : contexts) {
      Context at =
          new Context(child(context, field), context.at().child(field.key(), field.label()));
      if (field.type() == FieldType.GROUP) {
        next.addAll(items(at, segment.index()));
      } else {
        next.add(at);
      }
    }
    if (index + 1 == segments.length && !field.type().isContainer()) {
      next.forEach(c -> lines.add(new Line(c.at().label(), FieldValues.format(field, c.node()))));
      return true;
    }
    return walk(field.fields(), next, segments, index + 1, lines);
  }

  /** The group's items (all, or the one asked for); none → the group itself, printed as absent. */
  private static List<Context> items(Context group, Integer only) {
    JsonNode array = group.node();
    List<Context> items = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        if (only == null || only == i) {
          items.add(new Context(array.get(i), group.at().item(i)));
        }
      }
    }
    return items.isEmpty() ? List.of(new Context(null, group.at())) : items;
  }

  private static void expand(FieldDefinition field, JsonNode value, Location at, List<Line> lines) {
    if (!field.type().isContainer()) {
      lines.add(new Line(at.label(), FieldValues.format(field, value)));
      return;
    }
    List<Context> contexts =
        field.type() == FieldType.GROUP
            ? items(new Context(value, at), null)
            : List.of(new Context(value, at));
    for (Context context : contexts) {
      for (FieldDefinition nested : field.fields()) {
        expand(
            nested,
            child(context, nested),
            context.at().child(nested.key(), nested.label()),
            lines);
      }
    }
  }

  private static JsonNode child(Context context, FieldDefinition field) {
    return FieldValues.child(context.node(), field.key());
  }

  private static Line unknown(String key) {
    return new Line(key, FieldValues.ABSENT + "（この版の手続定義にない項目）");
  }
}
