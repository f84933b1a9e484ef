package jp.madoguchi.app.domain.application;

/**
 * A step the workflow does not allow in the application's current state, or an update based on a
 * stale version. The message is Japanese and names the current state; clients get 409.
 */
public class WorkflowViolation extends RuntimeException {

  public WorkflowViolation(String message) {
    super(message, null, false, false);
  }

  static WorkflowViolation illegal(String step, ApplicationStatus current) {
    return new WorkflowViolation("現在の状態（" + current.label() + "）では「" + step + "」を行えません");
  }

  public static WorkflowViolation stale(long expected, long actual) {
    return new WorkflowViolation(
        "この申請は他の操作で更新されています（指定された版 " + expected + "、現在の版 " + actual + "）。画面を更新してやり直してください");
  }
}
