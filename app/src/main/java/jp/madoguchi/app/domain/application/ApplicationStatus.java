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
