package jp.madoguchi.forms.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code {{today±N}}} strings in a sample by ISO dates relative to a given day. */
final class RelativeDates {

  private static final Pattern TOKEN = Pattern.compile("\\{\\{today(?:([+-])(\\d+))?}}");

  private RelativeDates() {}

  static JsonNode resolve(JsonNode node, LocalDate today) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      names.forEach(name -> object.set(name, resolve(object.get(name), today)));
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, resolve(array.get(i), today));
      }
    } else if (node.isTextual()) {
      Matcher m = TOKEN.matcher(node.asText());
      if (m.matches()) {
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        return TextNode.valueOf(
            ("-".equals(m.group(1)) ? today.minusDays(days) : today.plusDays(days)).toString());
      }
    }
    return node;
  }
}
