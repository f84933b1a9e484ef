package jp.madoguchi.integration.config;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/** Whether a {@link ColumnSource} names a scalar field of a procedure definition. */
final class DefinitionPaths {

  private DefinitionPaths() {}

  static boolean exists(ColumnSource source, ProcedureDefinition definition) {
    if (ColumnSource.ENVELOPE_FIELDS.contains(source.root())) {
      return true;
    }
    List<FieldDefinition> fields =
        source.root().equals("applicant") ? definition.applicant().fields() : definition.fields();
    FieldDefinition field = null;
    for (ColumnSource.Segment segment : source.segments()) {
      Optional<FieldDefinition> found =
          fields.stream().filter(f -> f.key().equals(segment.key())).findFirst();
      if (found.isEmpty()) {
        return false;
      }
      field = found.get();
      boolean group = field.type() == FieldType.GROUP;
      if (group != (segment.index() != null)) {
        return false;
      }
      fields = field.fields();
    }
    return field != null && !field.type().isContainer();
  }
}
