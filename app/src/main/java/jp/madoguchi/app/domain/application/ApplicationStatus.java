package jp.madoguchi.app.domain.application;

/** Where an application stands in the municipal workflow (design.md, "Application lifecycle"). */
public enum ApplicationStatus {
  /** 受付 */
  RECEIVED,
  /** 審査中 */
  UNDER_REVIEW,
  /** 補正依頼 */
  RETURNED_FOR_CORRECTION,
  /** 受理 */
  ACCEPTED,
  /** 基幹連携済 */
  LINKED,
  /** 完了 */
  COMPLETED,
  /** 却下 */
  REJECTED,
  /** 取下げ */
  WITHDRAWN,
  /** 受付エラー: Madoguchi could not take the submission in (bad signature, unreadable). */
  INTAKE_ERROR;

  /** The Japanese name of the state, as clerks see it. */
  public String label() {
    return switch (this) {
      case RECEIVED -> "受付";
      case UNDER_REVIEW -> "審査中";
      case RETURNED_FOR_CORRECTION -> "補正依頼中";
      case ACCEPTED -> "受理";
      case LINKED -> "基幹連携済";
      case COMPLETED -> "完了";
      case REJECTED -> "却下";
      case WITHDRAWN -> "取下げ";
      case INTAKE_ERROR -> "受付エラー";
    };
  }

  /** Whether the application is still being handled (counts towards the queue and overdue). */
  public boolean isOpen() {
    return switch (this) {
      case RECEIVED, UNDER_REVIEW, RETURNED_FOR_CORRECTION, ACCEPTED, LINKED -> true;
      case COMPLETED, REJECTED, WITHDRAWN, INTAKE_ERROR -> false;
    };
  }

  /**
   * Whether the next step is the clerk's (the queue's default view 対応中): 受付, 審査中 (also after a
   * resubmission), 受理 and 基幹連携済 (to be completed). 補正依頼中 waits for the resident, so it is open but
   * not in this view; it has its own chip and stays in 自分の担当.
   */
  public boolean isClerksWork() {
    return switch (this) {
      case RECEIVED, UNDER_REVIEW, ACCEPTED, LINKED -> true;
      case RETURNED_FOR_CORRECTION, COMPLETED, REJECTED, WITHDRAWN, INTAKE_ERROR -> false;
    };
  }

  /** What the resident sees on the portal for this state. */
  public PortalStatus portalStatus() {
    return switch (this) {
      case RETURNED_FOR_CORRECTION -> PortalStatus.CORRECTION_REQUIRED;
      case COMPLETED, REJECTED, WITHDRAWN -> PortalStatus.COMPLETED;
      case INTAKE_ERROR -> PortalStatus.INTAKE_ERROR;
      case RECEIVED, UNDER_REVIEW, ACCEPTED, LINKED -> PortalStatus.PROCESSING;
    };
  }
}
