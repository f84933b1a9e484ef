package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.integration.record.AttachmentDigest;
import jp.madoguchi.integration.record.DeliveryRecord;

/**
 * An application as a core system gets it. 個人番号 is revealed only when the route explicitly exports
 * it (a file column whose source is applicant.myNumber); otherwise it is left out, so a DIRECT_API
 * route never sends it (番号法: only as far as needed).
 */
@ApplicationScoped
public class DeliveryRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject MyNumberProtector myNumbers;

  public DeliveryRecord of(UUID deliveryId, Application application, boolean withMyNumber) {
    return new DeliveryRecord(
        deliveryId,
        application.receiptNumber().value(),
        application.procedureCode(),
        application.definitionVersion(),
        applicant(application.applicant(), withMyNumber),
        form(application.formJson()),
        application.attachments().stream()
            .map(a -> new AttachmentDigest(a.fileName(), a.mediaType(), a.sha256()))
            .toList());
  }

  /**
   * The record of a batch file row read without the application entity: no attachment digests (no
   * file column reads them) and, when {@code formJson} is null, no form fields (no column of the
   * route reads them).
   */
  public DeliveryRecord forFile(
      UUID deliveryId,
      String receiptNumber,
      String procedureCode,
      int definitionVersion,
      Applicant applicant,
      String formJson,
      boolean withMyNumber) {
    return new DeliveryRecord(
        deliveryId,
        receiptNumber,
        procedureCode,
        definitionVersion,
        applicant(applicant, withMyNumber),
        formJson == null ? null : form(formJson),
        List.of());
  }

  private ObjectNode applicant(Applicant applicant, boolean withMyNumber) {
    ObjectNode node = JSON.createObjectNode();
    node.put("name", applicant.name());
    node.put("nameKana", applicant.nameKana());
    node.put("birthDate", applicant.birthDate().toString());
    putIfPresent(node, "sex", applicant.sex());
    node.put("postalCode", applicant.postalCode());
    node.put("address", applicant.address());
    node.put("phone", applicant.phone());
    node.put("relationship", applicant.relationship());
    if (withMyNumber && applicant.myNumber() != null) {
      node.put("myNumber", myNumbers.reveal(applicant.myNumber()));
    }
    return node;
  }

  private static void putIfPresent(ObjectNode node, String key, String value) {
    if (value != null) {
      node.put(key, value);
    }
  }

  static ObjectNode form(String formJson) {
    try {
      return (ObjectNode) JSON.readTree(formJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data unreadable", e);
    }
  }
}
