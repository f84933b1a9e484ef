package jp.madoguchi.integration.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One application as it is handed to one core system: the delivery's id (the {@code
 * Idempotency-Key}), the receipt number, the procedure and definition version it was filed under,
 * the applicant block, the form fields, and digests of the attachments.
 */
public record DeliveryRecord(
    UUID deliveryId,
    String receiptNumber,
    String procedureCode,
    int definitionVersion,
    ObjectNode applicant,
    ObjectNode form,
    List<AttachmentDigest> attachments) {

  public DeliveryRecord {
    Objects.requireNonNull(deliveryId, "deliveryId");
    if (receiptNumber == null || receiptNumber.isBlank()) {
      throw new IllegalArgumentException("receiptNumber is required");
    }
    if (procedureCode == null || procedureCode.isBlank()) {
      throw new IllegalArgumentException("procedureCode is required");
    }
    if (definitionVersion < 1) {
      throw new IllegalArgumentException("definitionVersion starts at 1");
    }
    applicant = applicant == null ? JsonNodeFactory.instance.objectNode() : applicant.deepCopy();
    form = form == null ? JsonNodeFactory.instance.objectNode() : form.deepCopy();
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }

  /** A copy, so callers cannot change the record through the returned node. */
  @Override
  public ObjectNode applicant() {
    return applicant.deepCopy();
  }

  /** A copy, so callers cannot change the record through the returned node. */
  @Override
  public ObjectNode form() {
    return form.deepCopy();
  }

  /** The applicant block itself, for reading only (no copy per column while rendering). */
  JsonNode applicantNode() {
    return applicant;
  }

  /** The form fields themselves, for reading only (no copy per column while rendering). */
  JsonNode formNode() {
    return form;
  }
}
