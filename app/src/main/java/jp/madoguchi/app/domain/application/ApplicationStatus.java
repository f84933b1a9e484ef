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
