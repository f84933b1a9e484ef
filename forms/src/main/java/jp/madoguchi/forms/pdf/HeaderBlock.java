package jp.madoguchi.forms.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The top of every PDF: a small kind line (申請書, 転記票), the title, and a table of labelled entries,
 * two per row, starting with 受付番号 and 受付日時.
 */
final class HeaderBlock {

  private static final float[] WIDTHS = {1f, 2.2f, 1f, 2.2f};

  private HeaderBlock() {}

  /** 受付番号 and 受付日時, the entries every header starts with; add more in order. */
  static Map<String, String> receiptEntries(ApplicationDocument document) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("受付番号", document.receiptNumber());
    entries.put("受付日時", JapanTime.format(document.receivedAt()));
    return entries;
  }

  static void write(Document pdf, String kind, String title, Map<String, String> entries) {
    Paragraph kindLine = new Paragraph(kind, PdfFonts.muted(9f));
    kindLine.setAlignment(Element.ALIGN_CENTER);
    pdf.add(kindLine);
    Paragraph titleLine = new Paragraph(title, PdfFonts.regular(15f));
    titleLine.setAlignment(Element.ALIGN_CENTER);
    titleLine.setSpacingAfter(8f);
    pdf.add(titleLine);
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100f);
    List<Map.Entry<String, String>> list = new ArrayList<>(entries.entrySet());
    for (Map.Entry<String, String> entry : list) {
      table.addCell(Cells.label(entry.getKey(), 0));
      table.addCell(Cells.value(entry.getValue()));
    }
    if (list.size() % 2 == 1) {
      table.addCell(Cells.label("", 0));
      table.addCell(Cells.value(""));
    }
    pdf.add(table);
  }

  static void spacer(Document pdf) {
    pdf.add(new Paragraph(" ", PdfFonts.regular(5f)));
  }
}
