package jp.madoguchi.integration.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.integration.record.AttachmentDigest;
import jp.madoguchi.integration.record.DeliveryRecord;

/** The JSON body of design.md "DIRECT_API". */
public record DirectApiPayload(
    String receiptNumber,
    String procedureCode,
    int definitionVersion,
    ObjectNode applicant,
    ObjectNode form,
    List<AttachmentDigest> attachments) {

  public static DirectApiPayload of(DeliveryRecord record) {
    return new DirectApiPayload(
        record.receiptNumber(),
        record.procedureCode(),
        record.definitionVersion(),
        record.applicant(),
        record.form(),
        record.attachments());
  }
}
