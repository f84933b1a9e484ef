package jp.madoguchi.portal.simulator;

import jp.madoguchi.portal.Refusal;

/**
 * The kinds of package the simulator can serve: a good one, the five that read but fail
 * verification (Madoguchi stores them as 受付エラー with the {@link #refusal()}'s message), and one that
 * cannot be read at all (refused).
 */
public enum PackageKind {
  GOOD("正常（署名・証明書とも有効）", null),
  TAMPERED_FORM("申請データ改ざん", Refusal.SIGNATURE_INVALID),
  TAMPERED_ATTACHMENT("添付ファイル改ざん", Refusal.ATTACHMENT_TAMPERED),
  UNTRUSTED("信頼できない発行元", Refusal.CERTIFICATE_UNTRUSTED),
  EXPIRED("有効期間外の証明書", Refusal.CERTIFICATE_EXPIRED),
  REVOKED("失効した証明書", Refusal.CERTIFICATE_REVOKED),
  XXE("読み取れないパッケージ（外部実体参照）", Refusal.FORM_DOCTYPE_REFUSED);

  private final String label;
  private final Refusal refusal;

  PackageKind(String label, Refusal refusal) {
    this.label = label;
    this.refusal = refusal;
  }

  public String label() {
    return label;
  }

  /** Why Madoguchi does not take it as it stands; null for a good package. */
  public Refusal refusal() {
    return refusal;
  }

  /** Read but not verified: stored as 受付エラー. */
  public boolean isIntakeError() {
    return refusal != null && refusal.storable();
  }
}
