package jp.madoguchi.app.application.intake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.application.AttachmentType;
import jp.madoguchi.app.domain.application.AttachmentUpload;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.forms.japanese.HiddenCharacters;
import jp.madoguchi.forms.japanese.LocalGovernmentCode;
import jp.madoguchi.forms.sanitise.AttachmentInspector;
import jp.madoguchi.forms.sanitise.AttachmentKind;
import jp.madoguchi.forms.sanitise.AttachmentRefusedException;
import jp.madoguchi.forms.sanitise.AttachmentSanitiser;
import jp.madoguchi.forms.sanitise.SanitisedFile;
import jp.madoguchi.forms.validation.AttachmentRef;
import jp.madoguchi.forms.validation.Violation;

/**
 * Checks the envelope of a portal submission (受付番号, 手続, 提出日時, 地方公共団体コード, attachments): everything
 * but the applicant and form blocks, which the procedure's definition checks.
 */
public final class SubmissionChecks {

  static final int MAX_ATTACHMENTS = 20;
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
  private static final java.util.regex.Pattern CONTROL =
      java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  private static final java.util.regex.Pattern UNSAFE_FILE_NAME =
      java.util.regex.Pattern.compile("[/\\\\:]|\\.\\.|^\\.");
  private static final AttachmentInspector INSPECTOR = new AttachmentInspector();
  private static final AttachmentSanitiser SANITISER = new AttachmentSanitiser();

  private final List<Violation> violations = new ArrayList<>();
  private final List<AttachmentUpload> uploads = new ArrayList<>();
  private final List<AttachmentRef> refs = new ArrayList<>();

  public List<Violation> violations() {
    return violations;
  }

  public List<AttachmentUpload> uploads() {
    return uploads;
  }

  public List<AttachmentRef> attachmentRefs() {
    return refs;
  }

  public String text(JsonNode body, String field) {
    JsonNode node = body.get(field);
    return node != null && node.isTextual() ? node.asText() : null;
  }

  public void receiptNumber(String value) {
    if (value == null || value.isBlank()) {
      add("receiptNumber", "required", "受付番号は必須です");
    } else if (!ReceiptNumber.isValid(value)) {
      add("receiptNumber", "format", "受付番号は英数字・ハイフン・下線の64文字以内で指定してください");
    }
  }

  public void procedureCodePresent(String value) {
    if (value == null || value.isBlank()) {
      add("procedureCode", "required", "手続コードは必須です");
    }
  }

  public void unknownProcedure(String value) {
    add("procedureCode", "unknown", "手続コード「" + value + "」は登録されていません");
  }

  public Instant submittedAt(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      add("submittedAt", "required", "提出日時は必須です");
      return null;
    }
    try {
      Instant at = OffsetDateTime.parse(value).toInstant();
      if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
        add("submittedAt", "futureDate", "提出日時が未来の日時になっています");
      }
      return at;
    } catch (DateTimeParseException e) {
      add("submittedAt", "format", "提出日時はISO 8601形式（例: 2025-04-01T09:30:00+09:00）で指定してください");
      return null;
    }
  }

  /** Required, a valid code, and one of this installation's ({@code accepted}). */
  public void municipalityCode(String value, java.util.Collection<String> accepted) {
    if (value == null || value.isBlank()) {
      add("municipalityCode", "required", "地方公共団体コードは必須です");
    } else if (!LocalGovernmentCode.isValid(value)) {
      add("municipalityCode", "checkDigit", "地方公共団体コードが正しくありません（6桁、検査数字付き）");
    } else if (!accepted.contains(value)) {
      add(
          "municipalityCode",
          "otherMunicipality",
          "地方公共団体コード「"
              + value
              + "」の申請はこの窓口では受け付けていません（受付できるコード: "
              + String.join("、", accepted)
              + "）");
    }
  }

  public void attachments(JsonNode node) {
    if (node == null || node.isNull()) {
      return;
    }
    if (!node.isArray()) {
      add("attachments", "type", "添付ファイルは配列で指定してください");
      return;
    }
    if (node.size() > MAX_ATTACHMENTS) {
      add("attachments", "maxItems", "添付ファイルは" + MAX_ATTACHMENTS + "件までです");
      return;
    }
    for (int i = 0; i < node.size(); i++) {
      attachment("attachments[" + i + "]", node.get(i));
    }
  }

  /**
   * The definition's validator judges the declared media type and the required kinds (it gets a
   * reference for every attachment); this checks that the content is what it claims to be.
   */
  private void attachment(String path, JsonNode node) {
    if (!node.isObject()) {
      add(path, "type", "添付ファイルの形式が正しくありません");
      return;
    }
    String name = text(node, "name");
    String mediaType = text(node, "mediaType");
    String kind = text(node, "kind");
    refs.add(new AttachmentRef(kind, name, mediaType));
    if (name == null || name.isBlank() || name.length() > 255) {
      add(path + ".name", "required", "添付ファイル名は1〜255文字で指定してください");
    } else if (UNSAFE_FILE_NAME.matcher(name).find()) {
      add(path + ".name", "fileName", "添付ファイル名に / \\ : や「..」は使えません");
    }
    byte[] bytes = decode(path, text(node, "content"));
    // The base64 text is not needed any more (the digest of the body is taken before the checks):
    // drop it from the tree so that it is garbage while the file is sanitised and stored.
    ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("content");
    Optional<AttachmentType> declared = AttachmentType.forMediaType(mediaType);
    if (bytes == null || declared.isEmpty()) {
      return;
    }
    try {
      AttachmentKind actual = INSPECTOR.inspect(bytes);
      AttachmentType type = AttachmentType.valueOf(actual.name());
      if (type != declared.get()) {
        add(
            path + ".mediaType",
            "mediaType",
            "メディアタイプ「" + mediaType + "」がファイルの中身（" + type.mediaType() + "）と一致しません");
        return;
      }
      SanitisedFile clean = SANITISER.sanitise(bytes, actual);
      uploads.add(new AttachmentUpload(kind, name, type, bytes, clean.content(), clean.removed()));
    } catch (AttachmentRefusedException e) {
      add(path + ".content", e.refusal().code(), e.refusal().message());
    }
  }

  private byte[] decode(String path, String content) {
    if (content == null || content.isEmpty()) {
      add(path + ".content", "required", "添付ファイルの内容（base64）は必須です");
      return null;
    }
    byte[] bytes = Base64Text.decode(content);
    if (bytes == null) {
      add(path + ".content", "format", "添付ファイルの内容はbase64で指定してください");
    }
    return bytes;
  }

  public void objectBlock(JsonNode body, String field, String label) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      add(field, "required", label + "は必須です");
    } else if (!node.isObject()) {
      add(field, "type", label + "はオブジェクトで指定してください");
    }
  }

  /**
   * Every string anywhere in the body: control characters (NUL, …) and surrogates without their
   * pair (from the portal pull; the API refuses them as malformed JSON) are refused, not stored.
   */
  public void controlCharacters(String path, JsonNode node) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      if (CONTROL.matcher(node.asText()).find()) {
        add(path, "controlCharacter", "制御文字（NULなど）は入力できません");
      } else if (HiddenCharacters.hasLoneSurrogate(node.asText())) {
        add(path, HiddenCharacters.LONE_SURROGATE, "文字として正しくない値（対になっていないサロゲート）は入力できません");
      }
    } else if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e ->
                  controlCharacters(
                      path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        controlCharacters(path + "[" + i + "]", node.get(i));
      }
    }
  }

  public void add(String field, String code, String message) {
    violations.add(new Violation(field, code, message));
  }
}
