package jp.madoguchi.forms.catalog;

import java.util.List;

/**
 * The common APPLICANT block (domain.md §3.0) as this procedure asks for it: {@code myNumber} says
 * whether 個人番号 is required, optional or not collected; {@code fields} is the resulting field list
 * (filled in from {@code procedures/blocks/applicant.json} when the catalog is loaded).
 */
public record ApplicantBlock(Presence myNumber, List<FieldDefinition> fields) {

  public ApplicantBlock {
    myNumber = myNumber == null ? Presence.OPTIONAL : myNumber;
    fields = fields == null ? List.of() : List.copyOf(fields);
  }
}
