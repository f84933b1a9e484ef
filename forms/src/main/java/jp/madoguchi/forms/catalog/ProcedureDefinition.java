package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One version of one procedure's definition, read from {@code procedures/<code>/v<n>.json}. The
 * JSON shape of this record is the documented shape of {@code GET /api/v1/procedures/{code}}; see
 * forms/README.md.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcedureDefinition(
    String code,
    String name,
    String category,
    String coreSystem,
    Boolean myNumberUse,
    int version,
    ApplicantBlock applicant,
    List<FieldDefinition> fields,
    List<AttachmentRequirement> attachments,
    List<RuleReference> rules) {

  public ProcedureDefinition {
    applicant = applicant == null ? new ApplicantBlock(null, null) : applicant;
    fields = fields == null ? List.of() : List.copyOf(fields);
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
    rules = rules == null ? List.of() : List.copyOf(rules);
  }

  /**
   * Whether the procedure is 個人番号利用事務 (番号法 別表): only then may a linkage route send the 個人番号 it
   * collected to a core system. Data of each definition; an installation may override it.
   */
  @JsonIgnore
  public boolean isMyNumberUseWork() {
    return Boolean.TRUE.equals(myNumberUse);
  }

  @JsonIgnore
  public ProcedureSummary summary() {
    return new ProcedureSummary(code, name, category, coreSystem);
  }
}
