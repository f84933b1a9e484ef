package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import jp.madoguchi.forms.catalog.FieldDefinition;

/**
 * Writes one block of the 申請書 (申請者情報 or 申請内容): every field in definition order with its label,
 * nested objects as indented sub-sections, repeated groups as {@link GroupTable}s. Fields without a
 * value are printed as {@link FieldValues#ABSENT}.
 */
final class FieldSection {

  private static final float[] LABEL_VALUE = {1f, 2.4f};

  private final Document document;
  private PdfPTable rows = rowsTable();

  FieldSection(Document document) {
    this.document = document;
  }

  void write(String heading, List<FieldDefinition> fields, JsonNode data) {
    rows.addCell(Cells.heading(heading, 2, 0));
    fields(fields, data, 0);
    flush();
  }

  private void fields(List<FieldDefinition> fields, JsonNode data, int depth) {
    for (FieldDefinition field : fields) {
      JsonNode value = FieldValues.child(data, field.key());
      switch (field.type()) {
        case OBJECT -> object(field, value, depth);
        case GROUP -> group(field, value, depth);
        default -> row(field.label(), FieldValues.format(field, value), depth);
      }
    }
  }

  private void row(String label, String value, int depth) {
    rows.addCell(Cells.label(label, depth));
    rows.addCell(Cells.value(value));
  }

  private void object(FieldDefinition field, JsonNode value, int depth) {
    if (value != null && !value.isObject() && !FieldValues.isAbsent(value)) {
      row(field.label(), FieldValues.format(field, value), depth);
      return;
    }
    rows.addCell(Cells.heading(field.label(), 2, depth));
    fields(field.fields(), value, depth + 1);
  }

  private void group(FieldDefinition field, JsonNode value, int depth) {
    flush();
    document.add(GroupTable.of(field, value, depth));
  }

  private void flush() {
    if (!rows.getRows().isEmpty()) {
      document.add(rows);
    }
    rows = rowsTable();
  }

  private static PdfPTable rowsTable() {
    PdfPTable table = new PdfPTable(LABEL_VALUE);
    table.setWidthPercentage(100f);
    return table;
  }
}
