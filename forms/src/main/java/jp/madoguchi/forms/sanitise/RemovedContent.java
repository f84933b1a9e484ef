package jp.madoguchi.forms.sanitise;

/**
 * What 無害化 can take out of a file, named for clerks. {@link SanitisedFile#removed()} lists the
 * labels in this order.
 */
enum RemovedContent {
  JAVASCRIPT("JavaScript"),
  OPEN_ACTION("OpenAction（開いたときの自動動作）"),
  AUTO_ACTION("自動実行アクション（AA）"),
  LAUNCH("外部プログラムの起動（Launch）"),
  SUBMIT_FORM("フォーム内容の外部送信（SubmitForm）"),
  IMPORT_DATA("外部データの取込み（ImportData）"),
  REMOTE_GOTO("他のファイルを開くリンク（GoToR・GoToE）"),
  MULTIMEDIA("動画・音声・3D等のマルチメディア"),
  EMBEDDED_FILES("埋め込みファイル"),
  XFA("XFAフォーム"),
  EXIF_WITH_LOCATION("EXIF情報（位置情報を含む）"),
  EXIF("EXIF情報"),
  XMP("XMPメタデータ"),
  IPTC("IPTC情報"),
  ICC_PROFILE("カラープロファイル（ICC）"),
  COMMENT("コメント"),
  TEXT("テキスト情報"),
  ANIMATION("アニメーションの2コマ目以降"),
  OTHER_METADATA("その他の付加情報"),
  TRAILING_DATA("ファイル末尾の付加データ");

  private final String label;

  RemovedContent(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
