package jp.madoguchi.portal.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import jp.madoguchi.portal.PackageAttachment;
import jp.madoguchi.portal.PortalPackageWriter;
import jp.madoguchi.portal.format.PortalForm;

/** Test data: signed packages from a push-API body, or a small fixed one. */
public final class TestPackages {

  private TestPackages() {}

  /** A package holding exactly the push-API body {@code body} (attachments with base64 content). */
  public static byte[] fromSubmission(JsonNode body, Signer signer) {
    List<PackageAttachment> attachments = new ArrayList<>();
    for (JsonNode a : body.path("attachments")) {
      attachments.add(
          new PackageAttachment(
              a.path("name").asText(),
              a.hasNonNull("kind") ? a.path("kind").asText() : null,
              a.path("mediaType").asText(),
              Base64.getDecoder().decode(a.path("content").asText())));
    }
    PortalForm form =
        new PortalForm(
            body.path("receiptNumber").asText(),
            body.path("procedureCode").asText(),
            body.path("municipalityCode").asText(),
            OffsetDateTime.parse(body.path("submittedAt").asText()),
            (ObjectNode) body.path("applicant"),
            (ObjectNode) body.path("form"),
            List.of());
    return PortalPackageWriter.write(form, attachments, signer.key(), signer.chain());
  }

  /** A small push-API body with a nested object, a repeated group and one PDF attachment. */
  public static ObjectNode sampleBody(String receiptNumber) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode();
    body.put("receiptNumber", receiptNumber);
    body.put("procedureCode", "CC-01");
    body.put(
        "submittedAt",
        java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            OffsetDateTime.now().minusHours(1).withNano(0)));
    body.put("municipalityCode", "131016");
    ObjectNode applicant = body.putObject("applicant");
    applicant.put("name", "山田　太郎");
    applicant.put("nameKana", "ヤマダ　タロウ");
    applicant.put("myNumber", "123456789018");
    ObjectNode form = body.putObject("form");
    form.put("reason", "転入");
    form.put("hasSpouse", true);
    form.put("childCount", 2);
    form.putObject("bank").put("bankCode", "0001");
    form.putArray("children").addObject().put("name", "山田　一郎");
    ((com.fasterxml.jackson.databind.node.ArrayNode) form.get("children"))
        .addObject()
        .put("name", "山田　さくら");
    ObjectNode pdf = body.putArray("attachments").addObject();
    pdf.put("kind", "healthInsuranceCopy");
    pdf.put("name", "shikaku.pdf");
    pdf.put("mediaType", "application/pdf");
    pdf.put(
        "content",
        Base64.getEncoder()
            .encodeToString(
                "%PDF-1.4\n%test\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    return body;
  }
}
