package jp.madoguchi.forms.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;

/**
 * 職員確認事項: what clerks recorded on the application (e.g. 被害の程度（職員判定）) and the warnings of the
 * validation at receipt (確認事項), one per row.
 */
final class ClerkNotesTable {

  private static final float[] WIDTHS = {1.6f, 5.4f};

  private ClerkNotesTable() {}

  static PdfPTable of(Map<String, String> entries, List<String> warnings) {
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    table.addCell(Cells.heading("職員確認事項", WIDTHS.length, 0));
    entries.forEach(
        (label, value) -> {
          table.addCell(Cells.label(label, 0));
          table.addCell(Cells.value(value));
        });
    for (int i = 0; i < warnings.size(); i++) {
      table.addCell(Cells.label("確認事項（" + (i + 1) + "）", 0));
      table.addCell(Cells.value(warnings.get(i)));
    }
    return table;
  }
}
