package jp.madoguchi.app.interfaces.rest.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.forms.validation.Violation;

/**
 * Body of {@code PUT /api/v1/admin/users/{username}/procedures}: {@code {"all": true}} or {@code
 * {"groups": ["子育て"], "codes": ["DIS-01"]}}. Checks the shape only; the names are checked against
 * the catalog by the use case.
 */
public record ProcedureScopeRequest(boolean all, Set<String> groups, Set<String> codes) {

  private static final Set<String> KEYS = Set.of("all", "groups", "codes");

  static ProcedureScopeRequest from(JsonNode json) {
    List<Violation> violations = new ArrayList<>();
    if (!json.isObject()) {
      throw ApplicationProblem.invalid(
          List.of(
              new Violation(
                  "", "type", "本文は {\"all\": true} または {\"groups\": [...], \"codes\": [...]} です")));
    }
    json.fieldNames()
        .forEachRemaining(
            key -> {
              if (!KEYS.contains(key)) {
                violations.add(new Violation(key, "unknown", "項目「" + key + "」は指定できません"));
              }
            });
    JsonNode all = json.path("all");
    if (!all.isMissingNode() && !all.isBoolean()) {
      violations.add(new Violation("all", "type", "all は true または false で指定してください"));
    }
    Set<String> groups = names(json, "groups", "手続グループ", violations);
    Set<String> codes = names(json, "codes", "手続コード", violations);
    if (violations.isEmpty() && all.asBoolean(false) && !(groups.isEmpty() && codes.isEmpty())) {
      violations.add(new Violation("all", "conflict", "all: true と groups・codes は同時に指定できません"));
    }
    if (violations.isEmpty() && !all.asBoolean(false) && groups.isEmpty() && codes.isEmpty()) {
      violations.add(
          new Violation(
              "groups", "required", "手続グループ（groups）か手続コード（codes）を1つ以上、または all: true を指定してください"));
    }
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    return new ProcedureScopeRequest(all.asBoolean(false), groups, codes);
  }

  private static Set<String> names(
      JsonNode json, String field, String label, List<Violation> violations) {
    JsonNode array = json.path(field);
    Set<String> names = new LinkedHashSet<>();
    if (array.isMissingNode() || array.isNull()) {
      return names;
    }
    if (!array.isArray() || array.size() > 100) {
      violations.add(new Violation(field, "type", field + " は" + label + "の配列（100件まで）で指定してください"));
      return names;
    }
    for (JsonNode name : array) {
      if (!name.isTextual() || name.asText().isBlank() || name.asText().length() > 64) {
        violations.add(new Violation(field, "type", field + " には" + label + "を文字列で指定してください"));
        return names;
      }
      names.add(name.asText().strip());
    }
    return names;
  }
}
