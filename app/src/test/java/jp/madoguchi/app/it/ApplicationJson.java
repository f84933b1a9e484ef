package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.demo.DemoFiles;
import jp.madoguchi.forms.samples.SampleApplications;

/** Test data builder: a valid portal submission from the procedure's sample, to be varied. */
public final class ApplicationJson {

  public static final byte[] SMALL_PDF = DemoFiles.forMediaType("application/pdf");

  private final ObjectNode body;

  private ApplicationJson(ObjectNode body) {
    this.body = body;
  }

  public static ApplicationJson valid(String procedureCode) {
    return fromSample(procedureCode, SampleApplications.valid(procedureCode));
  }

  /** Any sample of the forms module (valid or not), with an envelope and attachment content. */
  public static ApplicationJson fromSample(String procedureCode, JsonNode sample) {
    ObjectNode body = sample.deepCopy();
    body.remove(List.of("expectedErrors", "expectedWarnings", "expectedWarningsOutside"));
    body.put("receiptNumber", "IT-" + UUID.randomUUID());
    body.put("procedureCode", procedureCode);
    body.put("submittedAt", "2025-10-01T09:30:00+09:00");
    body.put("municipalityCode", "131016");
    if (body.get("attachments") instanceof ArrayNode attachments) {
      for (JsonNode attachment : attachments) {
        byte[] content = contentFor(attachment.path("mediaType").asText());
        ((ObjectNode) attachment).put("content", Base64.getEncoder().encodeToString(content));
      }
    } else {
      body.putArray("attachments");
    }
    return new ApplicationJson(body);
  }

  /** Content whose magic bytes match the declared type; a ZIP (Office file) for anything else. */
  private static byte[] contentFor(String mediaType) {
    return switch (mediaType) {
      case "application/pdf" -> SMALL_PDF;
      case "image/jpeg", "image/png" -> DemoFiles.forMediaType(mediaType);
      default -> new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
    };
  }

  public ApplicationJson receiptNumber(String receipt) {
    body.put("receiptNumber", receipt);
    return this;
  }

  public ApplicationJson applicant(String field, String value) {
    ((ObjectNode) body.get("applicant")).put(field, value);
    return this;
  }

  public ApplicationJson set(String field, String value) {
    body.put(field, value);
    return this;
  }

  public ApplicationJson remove(String field) {
    body.remove(field);
    return this;
  }

  public ApplicationJson attach(String name, String mediaType, byte[] content) {
    ObjectNode attachment = ((ArrayNode) body.withArray("attachments")).addObject();
    attachment.put("name", name);
    attachment.put("mediaType", mediaType);
    attachment.put("content", Base64.getEncoder().encodeToString(content));
    return this;
  }

  public String receiptNumber() {
    return body.get("receiptNumber").asText();
  }

  public String applicantName() {
    return body.get("applicant").get("name").asText();
  }

  public ObjectNode json() {
    return body.deepCopy();
  }
}
