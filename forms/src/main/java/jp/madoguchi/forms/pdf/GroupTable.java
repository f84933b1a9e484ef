package jp.madoguchi.forms.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import jp.madoguchi.forms.catalog.FieldDefinition;

/**
 * A repeated group as a table: one row per item, one column per sub-field, a numbering column in
 * front. The group's label and the column headers repeat on every page the table spans.
 */
final class GroupTable {

  private GroupTable() {}

  static PdfPTable of(FieldDefinition group, JsonNode value, int depth) {
    List<FieldDefinition> columns = group.fields();
    PdfPTable table = new PdfPTable(widths(columns));
    table.setWidthPercentage(100f - depth * 3f);
    table.setHorizontalAlignment(Element.ALIGN_RIGHT);
    table.setHeaderRows(2);
    int count = value != null && value.isArray() ? value.size() : 0;
    table.addCell(Cells.heading(group.label() + "（" + count + "件）", columns.size() + 1, 0));
    table.addCell(Cells.header("No.", Cells.SMALL));
    columns.forEach(column -> table.addCell(Cells.header(column.label(), Cells.SMALL)));
    if (count == 0) {
      table.addCell(Cells.small(FieldValues.ABSENT));
      columns.forEach(column -> table.addCell(Cells.small(FieldValues.ABSENT)));
    }
    for (int i = 0; i < count; i++) {
      JsonNode item = value.get(i);
      table.addCell(Cells.small(String.valueOf(i + 1)));
      columns.forEach(column -> table.addCell(Cells.small(cell(column, item))));
    }
    return table;
  }

  private static String cell(FieldDefinition column, JsonNode item) {
    return FieldValues.format(column, FieldValues.child(item, column.key()));
  }

  private static float[] widths(List<FieldDefinition> columns) {
    float[] widths = new float[columns.size() + 1];
    widths[0] = 0.45f;
    for (int i = 0; i < columns.size(); i++) {
      widths[i + 1] = weight(columns.get(i));
    }
    return widths;
  }

  private static float weight(FieldDefinition column) {
    return switch (column.type()) {
      case DATE -> 1.7f;
      case BOOL -> 0.6f;
      case ENUM, INT, YEN, DIGITS -> 0.9f;
      case OBJECT, GROUP -> 2.5f;
      default -> 1.3f;
    };
  }
}
