package jp.madoguchi.app.interfaces.rest.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.workflow.WorkflowAction;
import jp.madoguchi.forms.validation.Violation;

/** Body of {@code POST /api/v1/intake/{id}/transitions}. */
public record TransitionRequest(WorkflowAction action, String reason, Long expectedVersion) {

  static TransitionRequest from(JsonNode json) {
    List<Violation> violations = new ArrayList<>();
    WorkflowAction action = null;
    String name = json.path("action").asText("");
    try {
      action = WorkflowAction.valueOf(name);
    } catch (IllegalArgumentException e) {
      violations.add(
          new Violation(
              "action",
              "enum",
              "action は " + Arrays.toString(WorkflowAction.values()) + " のいずれかを指定してください"));
    }
    JsonNode version = json.path("expectedVersion");
    if (!version.canConvertToLong() || !version.isIntegralNumber()) {
      violations.add(new Violation("expectedVersion", "required", "expectedVersion（整数）は必須です"));
    }
    JsonNode reason = json.path("reason");
    if (!reason.isMissingNode() && !reason.isNull() && reason.asText().length() > 1000) {
      violations.add(new Violation("reason", "maxLength", "理由は1000文字以内で入力してください"));
    }
    boolean needsReason =
        action == WorkflowAction.REQUEST_CORRECTION || action == WorkflowAction.REJECT;
    if (needsReason && (!reason.isTextual() || reason.asText().isBlank())) {
      violations.add(
          new Violation(
              "reason",
              "required",
              action == WorkflowAction.REJECT ? "却下には理由が必要です" : "補正依頼には理由（訂正してほしい点）が必要です"));
    }
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    return new TransitionRequest(
        action, reason.isTextual() ? reason.asText().strip() : null, version.asLong());
  }
}
