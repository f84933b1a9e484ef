package jp.madoguchi.app.application;

import java.util.List;
import jp.madoguchi.forms.validation.Violation;

/** A refusal the client should see: the one exception type use cases throw for bad requests. */
public class ApplicationProblem extends RuntimeException {

  private final ProblemType type;
  private final List<Violation> violations;

  public ApplicationProblem(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ApplicationProblem(ProblemType type, String detail, List<Violation> violations) {
    super(detail, null, false, false);
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  public static ApplicationProblem invalid(List<Violation> violations) {
    return new ApplicationProblem(
        ProblemType.VALIDATION_FAILED,
        violations.size() + "件の項目に誤りがあります。errors を確認してください。",
        violations);
  }

  public ProblemType type() {
    return type;
  }

  public String detail() {
    return getMessage();
  }

  public List<Violation> violations() {
    return violations;
  }
}
