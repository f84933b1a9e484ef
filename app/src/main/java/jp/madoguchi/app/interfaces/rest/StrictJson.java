package jp.madoguchi.app.interfaces.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.forms.japanese.HiddenCharacters;
import jp.madoguchi.forms.validation.Violation;

/**
 * The checks of a parsed body that JSON parsing itself does not make: surrogates without their pair
 * in keys or strings (not Unicode: 400), unknown top-level keys and numbers out of the range of a
 * double such as {@code 1e309} (422, naming each).
 */
final class StrictJson {

  /** Key names quoted back to the client are cut to this many characters. */
  private static final int MAX_QUOTED_KEY = 64;

  private StrictJson() {}

  static void check(JsonNode tree, List<String> unknownKeys) {
    for (String key : unknownKeys) {
      if (HiddenCharacters.hasLoneSurrogate(key)) {
        throw invalidUnicode("");
      }
    }
    List<Violation> violations = new ArrayList<>();
    for (String key : unknownKeys) {
      violations.add(
          new Violation(quoted(key), "unknown", "項目「" + quoted(key) + "」はこのAPIの本文にはありません"));
    }
    walk("", tree, violations);
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
  }

  /** A number too long to read (over 1000 digits): 422 naming its field; other limits: 400. */
  static ApplicationProblem constraint(StreamConstraintsException e, JsonParser parser) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Number")) {
      return ApplicationProblem.invalid(List.of(outOfRange(path(parser.getParsingContext()))));
    }
    return new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "リクエスト本文が大きすぎるか、入れ子が深すぎます");
  }

  private static void walk(String path, JsonNode node, List<Violation> violations) {
    if (node.isTextual()) {
      if (HiddenCharacters.hasLoneSurrogate(node.textValue())) {
        throw invalidUnicode(path);
      }
    } else if (node.isFloatingPointNumber()) {
      if (!Double.isFinite(node.doubleValue())) {
        violations.add(outOfRange(path));
      }
    } else if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (HiddenCharacters.hasLoneSurrogate(field.getKey())) {
          throw invalidUnicode(path);
        }
        walk(
            path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            field.getValue(),
            violations);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(path + "[" + i + "]", node.get(i), violations);
      }
    }
  }

  private static Violation outOfRange(String path) {
    return new Violation(path, "outOfRange", "数値が扱える範囲を超えています");
  }

  private static ApplicationProblem invalidUnicode(String path) {
    String where = path.isEmpty() ? "" : "（" + path + "）";
    return new ApplicationProblem(
        ProblemType.MALFORMED_REQUEST, "リクエスト本文に文字として正しくない値（対になっていないサロゲート）が含まれています" + where);
  }

  private static String quoted(String key) {
    return key.length() <= MAX_QUOTED_KEY ? key : key.substring(0, MAX_QUOTED_KEY) + "…";
  }

  /** {@code form.children[0].age} for where the parser stands. */
  private static String path(JsonStreamContext context) {
    List<String> steps = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      steps.add(0, c.inArray() ? "[" + Math.max(0, c.getCurrentIndex()) + "]" : c.getCurrentName());
    }
    StringBuilder path = new StringBuilder();
    for (String step : steps) {
      if (path.length() > 0 && !step.startsWith("[")) {
        path.append('.');
      }
      path.append(step);
    }
    return path.toString();
  }
}
