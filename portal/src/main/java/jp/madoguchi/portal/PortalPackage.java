package jp.madoguchi.portal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.portal.format.PortalForm;

/**
 * A readable package and the outcome of verifying it: either the signer's certificate (verified),
 * or the refusal that makes it a 受付エラー.
 */
public record PortalPackage(
    PortalForm form,
    List<PackageAttachment> attachments,
    X509Certificate signer,
    PackageRefusedException failure) {

  public PortalPackage {
    attachments = List.copyOf(attachments);
  }

  public boolean verified() {
    return failure == null;
  }

  /** The verified signer's certificate; empty when verification failed. */
  public Optional<X509Certificate> verifiedSigner() {
    return verified() ? Optional.of(signer) : Optional.empty();
  }

  /** The application as the push API's JSON body (design.md, {@code POST /api/v1/applications}). */
  public ObjectNode submissionBody() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode body = json.objectNode();
    body.put("receiptNumber", form.receiptNumber());
    body.put("procedureCode", form.procedureCode());
    body.put("submittedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(form.submittedAt()));
    body.put("municipalityCode", form.municipalityCode());
    body.set("applicant", form.applicant().deepCopy());
    body.set("form", form.form().deepCopy());
    ArrayNode files = body.putArray("attachments");
    for (PackageAttachment attachment : attachments) {
      ObjectNode file = files.addObject();
      if (attachment.kind() != null) {
        file.put("kind", attachment.kind());
      }
      file.put("name", attachment.name());
      file.put("mediaType", attachment.mediaType());
      file.put("content", Base64.getEncoder().encodeToString(attachment.content()));
    }
    return body;
  }
}
