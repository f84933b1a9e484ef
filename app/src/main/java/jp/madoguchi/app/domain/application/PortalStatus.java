package jp.madoguchi.app.domain.application;

/** The four statuses マイナポータル shows a resident (domain.md §4). */
public enum PortalStatus {
  PROCESSING("処理中"),
  CORRECTION_REQUIRED("要訂正"),
  INTAKE_ERROR("受付エラー"),
  COMPLETED("完了");

  private final String label;

  PortalStatus(String label) {
    this.label = label;
  }

  /** The Japanese word the portal displays; this is what the API returns. */
  public String label() {
    return label;
  }
}
