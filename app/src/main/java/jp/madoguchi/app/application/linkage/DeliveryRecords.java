package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.application.intake.FormMyNumbers;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.integration.record.AttachmentDigest;
import jp.madoguchi.integration.record.DeliveryRecord;

/**
 * An application as a core system gets it. 個人番号 (the applicant's and every one of the form, by
 * field type) is revealed only when the route carries it ({@code includeMyNumber} of a 個人番号利用事務
 * procedure); otherwise every 個人番号 is left out, so such a payload carries none at all (番号法: only as
 * far as needed).
 */
@ApplicationScoped
public class DeliveryRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject MyNumberProtector myNumbers;
  @Inject FormMyNumbers formMyNumbers;
  @Inject ProcedureCatalog catalog;

  public DeliveryRecord of(UUID deliveryId, Application application, boolean withMyNumber) {
    return new DeliveryRecord(
        deliveryId,
        application.receiptNumber().value(),
        application.procedureCode(),
        application.definitionVersion(),
        applicant(application.applicant(), withMyNumber),
        form(
            application.procedureCode(),
            application.definitionVersion(),
            application.formJson(),
            withMyNumber ? application.formMyNumbers() : Map.of()),
        application.attachments().stream()
            .map(a -> new AttachmentDigest(a.fileName(), a.mediaType(), a.sha256()))
            .toList(),
        damage(application));
  }

  /**
   * The 被害の程度 of a DIS-01 as core systems get it ({@code {"grade", "label", "ratioPercent"}};
   * {@code ratioPercent} null when not given), or null when none is set.
   */
  public static ObjectNode damage(Application application) {
    return application
        .damageAssessment()
        .map(
            assessment -> {
              ObjectNode node = JSON.createObjectNode();
              node.put("grade", assessment.grade().name());
              node.put("label", assessment.grade().label());
              node.put("ratioPercent", assessment.ratioPercent());
              return node;
            })
        .orElse(null);
  }

  /**
   * The record of a batch file row read without the application entity: no attachment digests (no
   * file column reads them) and, when {@code formJson} is null, no form fields (no column of the
   * route reads them). {@code carried}: the form's 個人番号 when the route carries them, else empty.
   * {@code damage}: the 被害の程度 ({@link #damage}), null when none.
   */
  public DeliveryRecord forFile(
      UUID deliveryId,
      String receiptNumber,
      String procedureCode,
      int definitionVersion,
      Applicant applicant,
      String formJson,
      boolean withMyNumber,
      Map<String, EncryptedMyNumber> carried,
      ObjectNode damage) {
    return new DeliveryRecord(
        deliveryId,
        receiptNumber,
        procedureCode,
        definitionVersion,
        applicant(applicant, withMyNumber),
        formJson == null
            ? null
            : form(procedureCode, definitionVersion, formJson, withMyNumber ? carried : Map.of()),
        List.of(),
        damage);
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

  private ObjectNode form(
      String procedureCode,
      int definitionVersion,
      String formJson,
      Map<String, EncryptedMyNumber> carried) {
    ProcedureDefinition definition =
        catalog
            .version(procedureCode, definitionVersion)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "definition " + procedureCode + " v" + definitionVersion + " missing"));
    return formMyNumbers.forDelivery(definition, form(formJson), carried);
  }

  static ObjectNode form(String formJson) {
    try {
      return (ObjectNode) JSON.readTree(formJson);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data unreadable", e);
    }
  }
}
