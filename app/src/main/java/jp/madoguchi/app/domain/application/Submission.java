package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.List;

/**
 * A validated, normalised submission ready to be stored. {@code requestSha256} is the digest of the
 * canonical request body: an identical replay has the same digest. {@code warningsJson} holds the
 * validation warnings (a JSON array of {field, code, message}; {@code []} when none).
 */
public record Submission(
    ReceiptNumber receiptNumber,
    String procedureCode,
    int definitionVersion,
    String municipalityCode,
    Instant submittedAt,
    Applicant applicant,
    String formJson,
    String warningsJson,
    List<AttachmentUpload> attachments,
    String requestSha256) {

  public Submission {
    attachments = List.copyOf(attachments);
  }
}
