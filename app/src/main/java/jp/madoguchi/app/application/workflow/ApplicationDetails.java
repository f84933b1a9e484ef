package jp.madoguchi.app.application.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.madoguchi.forms.validation.Violation;

/**
 * One application as a clerk sees it: everything but the unmasked 個人番号. {@code version} is what a
 * transition must send back as {@code expectedVersion}. {@code warnings} are the validation
 * warnings of the (latest) submission; {@code damageGrade} (null until set) and {@code
 * damageGradeOptions} exist only for 罹災証明書 (DIS-01), else null. {@code signature} is set for
 * applications pulled from the portal as signed packages (verification and 申請者特定), null otherwise.
 * {@code linked} lists the applications filed together with this one (転入予約 ⇄ 転出届) that the viewer
 * may see; {@code []} when none. {@code actions} are the workflow steps the current state allows
 * (WorkflowAction names; 完了 only once 基幹連携済, or at 受理 when no linkage route applies).
 */
public record ApplicationDetails(
    String id,
    String receiptNumber,
    String procedureCode,
    String procedureName,
    int definitionVersion,
    String status,
    String statusLabel,
    String portalStatus,
    long version,
    int revision,
    String assignee,
    String receivedAt,
    String submittedAt,
    String updatedAt,
    String dueDate,
    boolean overdue,
    String statusMessage,
    Map<String, Object> applicant,
    JsonNode form,
    List<AttachmentSummary> attachments,
    List<CommentView> comments,
    List<Violation> warnings,
    DamageGradeView damageGrade,
    List<DamageGradeOption> damageGradeOptions,
    SignatureView signature,
    List<LinkedApplication> linked,
    List<String> actions) {

  /**
   * {@code sha256} is the original's (原本), {@code sanitisedSha256} the copy's clerks download;
   * {@code removed} lists what sanitising took out; {@code revision} is the submission it came with
   * (1 初回, 2 the first 再提出, …).
   */
  public record AttachmentSummary(
      String id,
      int revision,
      String kind,
      String name,
      String mediaType,
      long size,
      String sha256,
      String sanitisedSha256,
      List<String> removed) {}

  /** An application linked with this one (転入予約 ⇄ 転出届). */
  public record LinkedApplication(
      String id, String receiptNumber, String procedureCode, String statusLabel) {}

  public record CommentView(String author, String body, String at) {}

  /** The current 被害の程度 (DIS-01): {@code grade} as in §5.12, {@code ratioPercent} may be null. */
  public record DamageGradeView(
      String grade, String label, BigDecimal ratioPercent, String assessedBy, String assessedAt) {}

  /** A grade a clerk may choose, with the 損害割合 range it covers (「40%以上50%未満」). */
  public record DamageGradeOption(String value, String label, String range) {}
}
