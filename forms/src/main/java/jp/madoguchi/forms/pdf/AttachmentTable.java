package jp.madoguchi.forms.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/** The 添付書類 list: file name, media type, size and SHA-256 (原本性) of every stored attachment. */
final class AttachmentTable {

  private static final float[] WIDTHS = {2.2f, 1.3f, 1.1f, 3.4f};

  private AttachmentTable() {}

  static PdfPTable of(List<AttachedFile> attachments) {
    PdfPTable table = new PdfPTable(WIDTHS);
    table.setWidthPercentage(100f);
    table.setHeaderRows(2);
    table.addCell(Cells.heading("添付書類（" + attachments.size() + "件）", WIDTHS.length, 0));
    for (String header : List.of("ファイル名", "種類", "サイズ", "SHA-256")) {
      table.addCell(Cells.header(header, Cells.SMALL));
    }
    if (attachments.isEmpty()) {
      for (int i = 0; i < WIDTHS.length; i++) {
        table.addCell(Cells.small(FieldValues.ABSENT));
      }
    }
    for (AttachedFile file : attachments) {
      table.addCell(Cells.small(file.name()));
      table.addCell(Cells.small(FieldValues.orAbsent(file.mediaType())));
      table.addCell(Cells.small(String.format("%,d バイト", file.size())));
      table.addCell(Cells.small(FieldValues.orAbsent(file.sha256())));
    }
    return table;
  }
}
