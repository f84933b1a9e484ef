package jp.madoguchi.forms.sanitise;

/** Why an attachment is not accepted: a stable code for clients and a Japanese message. */
public enum Refusal {
  EMPTY("empty", "添付ファイルが空です"),
  UNSUPPORTED_TYPE("unsupportedType", "PDF・JPEG・PNG以外のファイルは受け付けられません"),
  OFFICE("office", "Word・Excel等のOfficeファイル（マクロ付きを含む）は受け付けられません。PDFに変換して添付してください"),
  OFFICE_OR_ARCHIVE(
      "officeOrArchive",
      "Officeファイル（.docx・.xlsx・.docm・.xlsm等）やZIP圧縮ファイルは受け付けられません。PDFに変換して添付してください"),
  ARCHIVE("archive", "圧縮ファイル（ZIP・RAR・7z・gzip・tar等）は受け付けられません。中のファイルをPDF・JPEG・PNGで添付してください"),
  EXECUTABLE("executable", "実行ファイルやスクリプトは受け付けられません"),
  ENCRYPTED_PDF("encryptedPdf", "パスワード付き（暗号化された）PDFは受け付けられません"),
  UNREADABLE("unreadable", "ファイルが壊れているため読み取れません"),
  IMAGE_TOO_LARGE("imageTooLarge", "画像の画素数が大きすぎます。縮小してから添付してください"),
  TYPE_MISMATCH("typeMismatch", "ファイルの内容が指定された種類と一致しません");

  private final String code;
  private final String message;

  Refusal(String code, String message) {
    this.code = code;
    this.message = message;
  }

  public String code() {
    return code;
  }

  public String message() {
    return message;
  }
}
