package jp.madoguchi.app.application;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.portal.SignatureView;

/**
 * One application as a clerk sees it: everything but the unmasked 個人番号. {@code version} is what a
 * transition must send back as {@code expectedVersion}. {@code signature} is set for applications
 * pulled from the portal as signed packages (verification and 申請者特定), null otherwise.
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
    SignatureView signature) {

  /**
   * {@code sha256} is the original's (原本), {@code sanitisedSha256} the copy's clerks download;
   * {@code removed} lists what sanitising took out.
   */
  public record AttachmentSummary(
      String id,
      String kind,
      String name,
      String mediaType,
      long size,
      String sha256,
      String sanitisedSha256,
      List<String> removed) {}

  public record CommentView(String author, String body, String at) {}
}
