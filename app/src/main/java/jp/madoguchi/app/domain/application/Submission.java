package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated, normalised submission ready to be stored. {@code requestSha256} is the digest of the
 * canonical request body: an identical replay has the same digest. {@code warningsJson} holds the
 * validation warnings (a JSON array of {field, code, message}; {@code []} when none). {@code
 * formJson} holds every 個人番号 of the form masked; {@code formMyNumbers} holds them encrypted, by
 * field path ({@code form.spouse.myNumber}). {@code linkedReceiptNumber} is the 受付番号 of the
 * application it names (a 転入予約's 転出届), null if none.
 */
public record Submission(
    ReceiptNumber receiptNumber,
    String procedureCode,
    int definitionVersion,
    String municipalityCode,
    Instant submittedAt,
    Applicant applicant,
    String formJson,
    Map<String, EncryptedMyNumber> formMyNumbers,
    String warningsJson,
    List<AttachmentUpload> attachments,
    String requestSha256,
    String linkedReceiptNumber) {

  public Submission {
    attachments = List.copyOf(attachments);
    formMyNumbers = Collections.unmodifiableMap(new LinkedHashMap<>(formMyNumbers));
  }
}
