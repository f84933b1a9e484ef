package jp.madoguchi.integration.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.integration.record.AttachmentDigest;
import jp.madoguchi.integration.record.DeliveryRecord;

/**
 * The JSON body of design.md "DIRECT_API". {@code damage} (被害の程度 of a DIS-01, {@code {"grade",
 * "label", "ratioPercent"}}) is present only once a clerk set it.
 */
public record DirectApiPayload(
    String receiptNumber,
    String procedureCode,
    int definitionVersion,
    ObjectNode applicant,
    ObjectNode form,
    List<AttachmentDigest> attachments,
    @JsonInclude(JsonInclude.Include.NON_NULL) ObjectNode damage) {

  public static DirectApiPayload of(DeliveryRecord record) {
    return new DirectApiPayload(
        record.receiptNumber(),
        record.procedureCode(),
        record.definitionVersion(),
        record.applicant(),
        record.form(),
        record.attachments(),
        record.damage());
  }
}
