package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule's view of an application built from plain maps: {@code form} and {@code applicant} hold
 * normalised values, labels are the last path step, reports are collected as "path: message".
 */
final class FakeRuleContext implements RuleContext {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonNode root;
  private final LocalDate today;
  final List<String> reports = new ArrayList<>();

  FakeRuleContext(Map<String, Object> form, LocalDate today) {
    this.root = MAPPER.valueToTree(Map.of("form", form, "applicant", Map.of()));
    this.today = today;
  }

  static JsonNode params(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public JsonNode value(String path) {
    JsonNode node = root;
    for (String step : path.replace("[", ".[").split("\\.")) {
      node =
          step.startsWith("[")
              ? node.path(Integer.parseInt(step.substring(1, step.length() - 1)))
              : node.path(step);
    }
    return node.isNull() ? MissingNode.getInstance() : node;
  }

  @Override
  public String label(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  @Override
  public void report(String path, String message) {
    reports.add(path + ": " + message);
  }
}
