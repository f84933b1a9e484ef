package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.forms.catalog.FieldDefinition;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.integration.config.ColumnSource;
import jp.madoguchi.integration.config.ColumnSpec;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/**
 * The order of fields on a transcription sheet: the route's columns when it has file settings (the
 * core system's entry order), else the applicant block and the form fields in definition order.
 */
@ApplicationScoped
public class TranscriptionOrder {

  public List<String> of(LinkageRouteConfig route, ProcedureDefinition definition) {
    if (route.file() != null) {
      Set<String> keys = new LinkedHashSet<>();
      for (ColumnSpec column : route.file().columns()) {
        String source = column.source().replaceAll("\\[\\d+]", "[]");
        if (!ColumnSource.ENVELOPE_FIELDS.contains(source)) {
          keys.add(source);
        }
      }
      return List.copyOf(keys);
    }
    return definitionOrder(definition);
  }

  public static List<String> definitionOrder(ProcedureDefinition definition) {
    List<String> keys = new ArrayList<>();
    for (FieldDefinition field : definition.applicant().fields()) {
      keys.add("applicant." + field.key());
    }
    for (FieldDefinition field : definition.fields()) {
      keys.add("form." + field.key());
    }
    return keys;
  }
}
