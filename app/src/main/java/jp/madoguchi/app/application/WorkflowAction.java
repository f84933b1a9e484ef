package jp.madoguchi.app.application;

/** The steps a clerk takes on an application (design.md, intake transitions). */
public enum WorkflowAction {
  /** 着手 */
  START_REVIEW,
  /** 補正依頼 */
  REQUEST_CORRECTION,
  /** 受理 */
  ACCEPT,
  /** 却下 */
  REJECT,
  /** 完了 */
  COMPLETE
}
