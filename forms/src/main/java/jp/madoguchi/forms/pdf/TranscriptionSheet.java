package jp.madoguchi.forms.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.Map;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * The transcription sheet for the MANUAL linkage pattern (職員による転記): the application's fields in the
 * core system's entry order, one line each with 「□ 入力済」 to tick, the receipt number and procedure
 * on top, and a 入力者/確認者 line at the foot of every page. Uses the same value formatting as {@link
 * ApplicationPdf}. Stateless and safe to share.
 */
public final class TranscriptionSheet {

  static final String SIGN_OFF = "入力者　＿＿＿＿＿＿＿＿＿＿　　確認者　＿＿＿＿＿＿＿＿＿＿　　入力日　　　年　　月　　日";
  private static final float BOTTOM_MARGIN = 62f;
  private static final float[] WIDTHS = {0.4f, 2.2f, 3f, 0.9f};

  /**
   * @param fieldOrder keys such as {@code applicant.name} or {@code form.children[].birthDate};
   *     containers and repeated groups expand to one line per field and item
   */
  public byte[] render(ApplicationDocument document, List<String> fieldOrder) {
    ProcedureDefinition definition = document.definition();
    PageFooter footer = new PageFooter(document.receiptNumber(), SIGN_OFF);
    return PdfFile.write(
        definition.name(),
        BOTTOM_MARGIN,
        footer,
        pdf -> {
          HeaderBlock.write(pdf, "転記票（職員による転記）", definition.name(), headerEntries(document));
          HeaderBlock.spacer(pdf);
          pdf.add(lines(document, fieldOrder));
        });
  }

  private static Map<String, String> headerEntries(ApplicationDocument document) {
    ProcedureDefinition definition = document.definition();
    Map<String, String> entries = HeaderBlock.receiptEntries(document);
    entries.put("手続", definition.code() + "（第" + definition.version() + "版）");
    entries.put("基幹系", definition.coreSystem());
    return entries;
  }

  private static PdfPTable lines(ApplicationDocument document, List<String> fieldOrder) {
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100f);
    table.setHeaderRows(1);
    for (String header : List.of("No.", "項目", "内容", "入力済")) {
      table.addCell(Cells.header(header, Cells.SMALL));
    }
    int number = 0;
    for (String key : fieldOrder) {
      for (FieldLines.Line line : FieldLines.resolve(document, key)) {
        table.addCell(Cells.small(String.valueOf(++number)));
        table.addCell(Cells.label(line.label(), 0));
        table.addCell(Cells.value(line.value()));
        table.addCell(checkbox());
      }
    }
    return table;
  }

  private static PdfPCell checkbox() {
    PdfPCell cell = Cells.value("□ 入力済");
    cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    return cell;
  }
}
