package jp.madoguchi.forms.validation;

/** The Japanese violation messages, one per code; {@code label} names the field. */
final class Messages {

  private Messages() {}

  static String of(String code, String label) {
    return switch (code) {
      case "required" -> label + "は必須です";
      case "type" -> label + "の値の種類が正しくありません";
      case "kana" -> label + "は全角カタカナで入力してください";
      case "zengin" -> label + "に使用できない文字が含まれています（カナ・英大文字・数字・スペース・()-./のみ使用できます）";
      case "checkDigit" -> label + "のチェックデジットが正しくありません";
      case "date" -> label + "は正しい日付ではありません";
      case "era" -> label + "の元号と日付が一致しません";
      case "futureDate" -> label + "に未来の日付は入力できません";
      case "enum" -> label + "の値が選択肢にありません";
      case "integer" -> label + "は整数で入力してください";
      case "controlCharacter" -> label + "に制御文字（改行・タブ・NULなど）は入力できません";
      case "invisibleCharacter" -> label + "に見えない文字（文字の向きを変える制御文字・幅のない空白など）は入力できません";
      case "invalidCharacter" -> label + "に文字として正しくない値（対になっていないサロゲート）が含まれています";
      default -> label + "の形式が正しくありません";
    };
  }

  static String maxLength(String label, int max) {
    return label + "は" + max + "文字以内で入力してください";
  }

  static String minLength(String label, int min) {
    return label + "は" + min + "文字以上で入力してください";
  }

  static String min(String label, Object min) {
    return label + "は" + min + "以上で入力してください";
  }

  static String max(String label, Object max) {
    return label + "は" + max + "以下で入力してください";
  }

  static String notBefore(String label, Object date) {
    return label + "は" + date + "以降の日付を入力してください";
  }

  static String notAfter(String label, Object date) {
    return label + "は" + date + "以前の日付を入力してください";
  }

  static String minItems(String label, int min) {
    return label + "は" + min + "件以上入力してください";
  }

  static String maxItems(String label, int max) {
    return label + "は" + max + "件以内で入力してください";
  }

  static String unknown(String key) {
    return "項目「" + key + "」はこの手続にありません";
  }

  static String attachmentRequired(String label) {
    return label + "の添付が必要です";
  }

  static String unknownAttachmentKind(String kind) {
    return "添付ファイルの区分「" + kind + "」はこの手続にありません";
  }

  static String mediaType(String name) {
    return "添付ファイル「" + name + "」の形式はPDF・JPEG・PNGのいずれかにしてください";
  }
}
