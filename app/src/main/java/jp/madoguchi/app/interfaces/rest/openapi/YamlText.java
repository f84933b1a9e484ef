package jp.madoguchi.app.interfaces.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A JSON tree as block-style YAML: every key and string double-quoted with JSON's escapes (which
 * YAML's double-quoted scalars share), empty containers as {@code {}} and {@code []}.
 */
final class YamlText {

  private YamlText() {}

  static String of(JsonNode node) {
    StringBuilder out = new StringBuilder();
    if (isBlock(node)) {
      block(node, 0, out);
    } else {
      out.append(scalar(node)).append('\n');
    }
    return out.toString();
  }

  private static void block(JsonNode node, int indent, StringBuilder out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.append(" ".repeat(indent)).append(quoted(field.getKey())).append(':');
        value(field.getValue(), indent, out);
      }
    } else {
      for (JsonNode item : node) {
        out.append(" ".repeat(indent)).append('-');
        value(item, indent, out);
      }
    }
  }

  private static void value(JsonNode value, int indent, StringBuilder out) {
    if (isBlock(value)) {
      out.append('\n');
      block(value, indent + 2, out);
    } else {
      out.append(' ').append(scalar(value)).append('\n');
    }
  }

  private static boolean isBlock(JsonNode node) {
    return node.isContainerNode() && !node.isEmpty();
  }

  private static String scalar(JsonNode node) {
    if (node.isObject()) {
      return "{}";
    }
    if (node.isArray()) {
      return "[]";
    }
    return node.toString();
  }

  private static String quoted(String text) {
    return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
  }
}
