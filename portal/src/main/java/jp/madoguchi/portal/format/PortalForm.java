package jp.madoguchi.portal.format;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The content of form.xml: the envelope, the applicant and the form as JSON trees (the shape of the
 * push API), and the attachment manifest the signature covers.
 */
public record PortalForm(
    String receiptNumber,
    String procedureCode,
    String municipalityCode,
    OffsetDateTime submittedAt,
    ObjectNode applicant,
    ObjectNode form,
    List<ManifestEntry> manifest) {

  public PortalForm {
    manifest = List.copyOf(manifest);
  }
}
