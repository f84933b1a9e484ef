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
 * the applicant block, the form fields, digests of the attachments and, for 罹災証明書 (DIS-01) once a
 * clerk set it, the 被害の程度 ({@code {"grade", "label", "ratioPercent"}}; null otherwise).
 */
public record DeliveryRecord(
    UUID deliveryId,
    String receiptNumber,
    String procedureCode,
    int definitionVersion,
    ObjectNode applicant,
    ObjectNode form,
    List<AttachmentDigest> attachments,
    ObjectNode damage) {

  /** A record without 被害の程度. */
  public DeliveryRecord(
      UUID deliveryId,
      String receiptNumber,
      String procedureCode,
      int definitionVersion,
      ObjectNode applicant,
      ObjectNode form,
      List<AttachmentDigest> attachments) {
    this(
        deliveryId,
        receiptNumber,
        procedureCode,
        definitionVersion,
        applicant,
        form,
        attachments,
        null);
  }

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
    damage = damage == null ? null : damage.deepCopy();
  }

  /** A copy (null when there is no 被害の程度). */
  @Override
  public ObjectNode damage() {
    return damage == null ? null : damage.deepCopy();
  }

  /** The 被害の程度 itself, for reading only; a missing node when there is none. */
  JsonNode damageNode() {
    return damage == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : damage;
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
