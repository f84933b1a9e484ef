package jp.madoguchi.forms.validation.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** A cross-field check, parameterised by the definition that names it. */
public interface Rule {

  /** The name definitions use; also the violation code. */
  String name();

  /** Parameter names the definition must supply (checked when the catalog loads). */
  List<String> requiredParams();

  /**
   * Checks the values of the parameters when the catalog loads; throws IllegalArgumentException
   * naming the problem. Presence is checked through {@link #requiredParams()}.
   */
  default void checkParams(JsonNode params) {}

  /** Reports violations through {@code context}; only valid, present values are visible. */
  void check(JsonNode params, RuleContext context);
}
