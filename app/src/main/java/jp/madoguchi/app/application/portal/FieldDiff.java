package jp.madoguchi.app.application.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.madoguchi.app.domain.application.FieldChange;

/** Field-by-field differences between two versions of an application's data. */
public final class FieldDiff {

  private FieldDiff() {}

  static List<FieldChange> between(String prefix, JsonNode before, JsonNode after) {
    Map<String, String> old = flatten(prefix, before);
    Map<String, String> now = flatten(prefix, after);
    TreeSet<String> fields = new TreeSet<>(old.keySet());
    fields.addAll(now.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      if (!Objects.equals(old.get(field), now.get(field))) {
        changes.add(new FieldChange(field, old.get(field), now.get(field)));
      }
    }
    return changes;
  }

  private static Map<String, String> flatten(String prefix, JsonNode node) {
    Map<String, String> values = new TreeMap<>();
    walk(prefix, node, values);
    return values;
  }

  private static void walk(String path, JsonNode node, Map<String, String> values) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return;
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(path + "." + e.getKey(), e.getValue(), values));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), values);
      }
    } else {
      values.put(path, node.asText());
    }
  }
}
