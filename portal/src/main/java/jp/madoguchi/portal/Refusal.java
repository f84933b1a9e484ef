package jp.madoguchi.portal;

/**
 * Why a portal package was not taken in as it stands, with the Japanese reason clerks and the
 * portal see. {@link #storable()} tells a package whose form could be read but whose signature
 * failed (stored as 受付エラー) from one that could not be read at all.
 */
public enum Refusal {
  ARCHIVE_INVALID("申請パッケージ（ZIP）を読み取れません", false),
  ARCHIVE_TOO_LARGE("申請パッケージが大きすぎます（展開後のサイズまたは圧縮率が上限を超えています）", false),
  ARCHIVE_TOO_MANY_ENTRIES("申請パッケージのファイル数が上限を超えています", false),
  ARCHIVE_UNSAFE_NAME("申請パッケージに不正なファイル名があります", false),
  ARCHIVE_DUPLICATE_ENTRY("申請パッケージに同じ名前のファイルが複数あります", false),
  FORM_MISSING("申請パッケージに申請データ（form.xml）がありません", false),
  FORM_DOCTYPE_REFUSED("申請データにDTD・外部実体の宣言があるため受け付けません", false),
  FORM_UNREADABLE("申請データ（form.xml）をXMLとして読み取れません", false),
  FORM_SCHEMA_VIOLATION("申請データがスキーマ（様式定義）に適合しません", false),
  ATTACHMENTS_MISMATCH("添付ファイルが申請データの添付一覧と一致しません", false),
  SIGNATURE_MISSING("電子署名がありません", true),
  SIGNATURE_INVALID("電子署名の検証に失敗しました（申請データが署名後に改ざんされています）", true),
  ATTACHMENT_TAMPERED("添付ファイルが署名後に改ざんされています", true),
  CERTIFICATE_UNTRUSTED("署名用電子証明書の発行元を信頼できません", true),
  CERTIFICATE_EXPIRED("署名時点で署名用電子証明書が有効期間外です", true),
  CERTIFICATE_REVOKED("署名用電子証明書は失効しています", true),
  REVOCATION_UNKNOWN("署名用電子証明書の失効情報を確認できません", true);

  private final String message;
  private final boolean storable;

  Refusal(String message, boolean storable) {
    this.message = message;
    this.storable = storable;
  }

  /** The reason in Japanese, as clerks and the portal see it. */
  public String message() {
    return message;
  }

  /** Whether the form was readable, so the application can be stored as 受付エラー. */
  public boolean storable() {
    return storable;
  }
}
