package jp.madoguchi.integration.config;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.FieldType;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/** The field of a procedure definition that a {@link ColumnSource} names. */
final class DefinitionPaths {

  private DefinitionPaths() {}

  /** Whether {@code source} names an envelope field or a scalar field of the definition. */
  static boolean exists(ColumnSource source, ProcedureDefinition definition) {
    return ColumnSource.ENVELOPE_FIELDS.contains(source.root())
        || isDamage(source, definition)
        || field(source, definition).isPresent();
  }

  /** {@code damage.grade|label|ratioPercent} of the procedure that has a 被害の程度. */
  private static boolean isDamage(ColumnSource source, ProcedureDefinition definition) {
    return source.root().equals(ColumnSource.DAMAGE_ROOT)
        && ColumnSource.DAMAGE_PROCEDURE.equals(definition.code())
        && source.segments().size() == 1
        && source.segments().get(0).index() == null
        && ColumnSource.DAMAGE_FIELDS.contains(source.segments().get(0).key());
  }

  /** Whether {@code source} names a field of type 個人番号 (whoever's it is). */
  static boolean isMyNumber(ColumnSource source, ProcedureDefinition definition) {
    return field(source, definition).map(f -> f.type() == FieldType.MY_NUMBER).orElse(false);
  }

  /** The scalar field of the definition that {@code source} names, if any. */
  static Optional<FieldDefinition> field(ColumnSource source, ProcedureDefinition definition) {
    if (ColumnSource.ENVELOPE_FIELDS.contains(source.root())
        || source.root().equals(ColumnSource.DAMAGE_ROOT)) {
      return Optional.empty();
    }
    List<FieldDefinition> fields =
        source.root().equals("applicant") ? definition.applicant().fields() : definition.fields();
    FieldDefinition field = null;
    for (ColumnSource.Segment segment : source.segments()) {
      Optional<FieldDefinition> found =
          fields.stream().filter(f -> f.key().equals(segment.key())).findFirst();
      if (found.isEmpty()) {
        return Optional.empty();
      }
      field = found.get();
      boolean group = field.type() == FieldType.GROUP;
      if (group != (segment.index() != null)) {
        return Optional.empty();
      }
      fields = field.fields();
    }
    return field != null && !field.type().isContainer() ? Optional.of(field) : Optional.empty();
  }
}
