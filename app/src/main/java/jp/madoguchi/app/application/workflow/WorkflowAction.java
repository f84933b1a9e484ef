package jp.madoguchi.app.application.workflow;

import java.util.List;
import jp.madoguchi.app.domain.application.ApplicationStatus;

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
  COMPLETE;

  /**
   * The steps the state allows, as {@link jp.madoguchi.app.domain.application.Application} accepts
   * them: 完了 from 基幹連携済, or from 受理 only when no delivery to a core system was written.
   */
  public static List<WorkflowAction> allowedFrom(ApplicationStatus status, boolean hasDeliveries) {
    return switch (status) {
      case RECEIVED -> List.of(START_REVIEW);
      case UNDER_REVIEW -> List.of(REQUEST_CORRECTION, ACCEPT, REJECT);
      case ACCEPTED -> hasDeliveries ? List.of() : List.of(COMPLETE);
      case LINKED -> List.of(COMPLETE);
      case RETURNED_FOR_CORRECTION, COMPLETED, REJECTED, WITHDRAWN, INTAKE_ERROR -> List.of();
    };
  }
}
