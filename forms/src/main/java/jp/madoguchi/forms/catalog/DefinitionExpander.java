package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a definition file into the public definition shape: {@code {"include": "person"}} entries
 * are replaced by the block's fields (with {@code omit} and {@code override}; an override key may
 * be a dotted path into nested fields, {@code insured.myNumber}), option strings become {@code
 * {value, label}}, and the applicant block gets its fields from the {@code applicant} block
 * according to its {@code myNumber} presence and optional {@code override} (e.g. a {@code
 * requiredWhen} for myNumber).
 */
final class DefinitionExpander {

  private static final int MAX_DEPTH = 8;

  private final Function<String, JsonNode> blocks;

  /** {@code blocks} returns the JSON of {@code procedures/blocks/<name>.json}. */
  DefinitionExpander(Function<String, JsonNode> blocks) {
    this.blocks = blocks;
  }

  ObjectNode expand(JsonNode file) {
    if (!file.isObject()) {
      throw new IllegalArgumentException("a definition must be a JSON object");
    }
    ObjectNode out = ((ObjectNode) file).deepCopy();
    out.set("fields", fields(file.path("fields"), 0));
    out.set("applicant", applicant(file.path("applicant")));
    return out;
  }

  private ObjectNode applicant(JsonNode settings) {
    String myNumber = settings.path("myNumber").asText(Presence.OPTIONAL.name());
    ObjectNode include = JsonNodeFactory.instance.objectNode().put("include", "applicant");
    include.set("override", settings.path("override"));
    ArrayNode fields = JsonNodeFactory.instance.arrayNode();
    for (JsonNode field : included(include, 0)) {
      boolean isMyNumber = "myNumber".equals(field.path("key").asText());
      if (isMyNumber && Presence.ABSENT.name().equals(myNumber)) {
        continue;
      }
      if (isMyNumber) {
        ((ObjectNode) field).put("required", Presence.REQUIRED.name().equals(myNumber));
      }
      fields.add(field);
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("myNumber", myNumber);
    out.set("fields", fields);
    return out;
  }

  private ArrayNode fields(JsonNode list, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("includes nested too deeply (a cycle?)");
    }
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    if (list.isMissingNode() || list.isNull()) {
      return out;
    }
    if (!list.isArray()) {
      throw new IllegalArgumentException("fields must be an array");
    }
    for (JsonNode entry : list) {
      if (entry.has("include")) {
        out.addAll(included(entry, depth));
      } else {
        out.add(field(entry, depth));
      }
    }
    return out;
  }

  private ArrayNode included(JsonNode entry, int depth) {
    Set<String> omit = new HashSet<>();
    entry.path("omit").forEach(key -> omit.add(key.asText()));
    String name = entry.get("include").asText();
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (JsonNode field : fields(block(name), depth + 1)) {
      if (!omit.contains(field.path("key").asText())) {
        out.add(field);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> overrides = entry.path("override").fields();
    while (overrides.hasNext()) {
      Map.Entry<String, JsonNode> override = overrides.next();
      if (override.getValue().isObject()) {
        target(out, override.getKey(), name).setAll((ObjectNode) override.getValue());
      }
    }
    return out;
  }

  /** The field an override names: a key, or a dotted path into nested fields (insured.myNumber). */
  private static ObjectNode target(ArrayNode fields, String path, String block) {
    JsonNode level = fields;
    ObjectNode found = null;
    for (String key : path.split("\\.")) {
      found = null;
      for (JsonNode field : level) {
        if (key.equals(field.path("key").asText())) {
          found = (ObjectNode) field;
        }
      }
      if (found == null) {
        throw new IllegalArgumentException("override of unknown field " + path + " in " + block);
      }
      level = found.path("fields");
    }
    return found;
  }

  private ObjectNode field(JsonNode entry, int depth) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException("a field must be a JSON object");
    }
    ObjectNode out = ((ObjectNode) entry).deepCopy();
    if (entry.has("fields")) {
      out.set("fields", fields(entry.get("fields"), depth + 1));
    }
    if (entry.has("options")) {
      out.set("options", options(entry.get("options")));
    }
    return out;
  }

  private static ArrayNode options(JsonNode options) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (JsonNode option : options) {
      if (option.isValueNode()) {
        out.addObject().put("value", option.asText()).put("label", option.asText());
      } else {
        out.add(option);
      }
    }
    return out;
  }

  private JsonNode block(String name) {
    JsonNode block = blocks.apply(name);
    Iterator<Map.Entry<String, JsonNode>> unexpected = block.fields();
    while (unexpected.hasNext()) {
      String key = unexpected.next().getKey();
      if (!key.equals("fields") && !key.equals("description")) {
        throw new IllegalArgumentException("block " + name + " has unexpected key " + key);
      }
    }
    return block.path("fields");
  }
}
