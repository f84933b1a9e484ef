package jp.madoguchi.forms.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One version of one procedure's definition, read from {@code procedures/<code>/v<n>.json}. The
 * JSON shape of this record is the documented shape of {@code GET /api/v1/procedures/{code}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcedureDefinition(
    String code,
    String name,
    String category,
    String coreSystem,
    int version,
    JsonNode applicant,
    JsonNode fields,
    JsonNode attachments,
    JsonNode rules) {

  @JsonIgnore
  public ProcedureSummary summary() {
    return new ProcedureSummary(code, name, category, coreSystem);
  }
}
