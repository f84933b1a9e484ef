package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * One received application as the PDF renderers print it. {@code definition} is the version the
 * application was validated against; {@code applicant} and {@code form} are the normalised blocks
 * (the caller masks or leaves out the applicant's 個人番号; the renderers mask every My Number field
 * again). {@code submittedAt} and {@code statusLabel} may be null; null blocks count as empty.
 * {@code warnings} are the validation warnings stored with the application (Japanese messages);
 * {@code clerkEntries} what clerks recorded, label → value in print order (e.g. 被害の程度（職員判定）).
 */
public record ApplicationDocument(
    ProcedureDefinition definition,
    String receiptNumber,
    Instant receivedAt,
    Instant submittedAt,
    String municipalityCode,
    String statusLabel,
    ObjectNode applicant,
    ObjectNode form,
    List<AttachedFile> attachments,
    List<String> warnings,
    Map<String, String> clerkEntries) {

  public ApplicationDocument {
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(receiptNumber, "receiptNumber");
    Objects.requireNonNull(receivedAt, "receivedAt");
    applicant = applicant == null ? JsonNodeFactory.instance.objectNode() : applicant;
    form = form == null ? JsonNodeFactory.instance.objectNode() : form;
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    clerkEntries =
        clerkEntries == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(clerkEntries));
  }

  /** A document without warnings or clerk entries. */
  public ApplicationDocument(
      ProcedureDefinition definition,
      String receiptNumber,
      Instant receivedAt,
      Instant submittedAt,
      String municipalityCode,
      String statusLabel,
      ObjectNode applicant,
      ObjectNode form,
      List<AttachedFile> attachments) {
    this(
        definition,
        receiptNumber,
        receivedAt,
        submittedAt,
        municipalityCode,
        statusLabel,
        applicant,
        form,
        attachments,
        List.of(),
        Map.of());
  }

  /** The status to print (e.g. 審査中), if the caller gave one. */
  public Optional<String> status() {
    return Optional.ofNullable(statusLabel).filter(label -> !label.isBlank());
  }
}
