package jp.madoguchi.forms.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import java.awt.Color;

/** The few cell styles every table of the PDFs uses. */
final class Cells {

  static final float TEXT = 9f;
  static final float SMALL = 7.5f;
  static final float INDENT = 12f;
  private static final Color LABEL_BACKGROUND = new Color(0xF0, 0xF0, 0xF0);
  private static final Color HEADING_BACKGROUND = new Color(0xDD, 0xE4, 0xEE);
  private static final Color BORDER = new Color(0xAA, 0xAA, 0xAA);

  private Cells() {}

  /** A field label, indented by nesting depth. */
  static PdfPCell label(String text, int depth) {
    PdfPCell cell = cell(text, TEXT);
    cell.setBackgroundColor(LABEL_BACKGROUND);
    cell.setPaddingLeft(4f + depth * INDENT);
    return cell;
  }

  static PdfPCell value(String text) {
    return cell(text, TEXT);
  }

  static PdfPCell small(String text) {
    return cell(text, SMALL);
  }

  /** A column header of a table. */
  static PdfPCell header(String text, float size) {
    PdfPCell cell = cell(text, size);
    cell.setBackgroundColor(LABEL_BACKGROUND);
    return cell;
  }

  /** A section heading spanning {@code columns}, indented by nesting depth. */
  static PdfPCell heading(String text, int columns, int depth) {
    PdfPCell cell = cell(text, TEXT + 1);
    cell.setColspan(columns);
    cell.setBackgroundColor(HEADING_BACKGROUND);
    cell.setPaddingLeft(4f + depth * INDENT);
    return cell;
  }

  private static PdfPCell cell(String text, float size) {
    PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.regular(size)));
    cell.setBorder(Rectangle.BOX);
    cell.setBorderColor(BORDER);
    cell.setPadding(3f);
    cell.setPaddingBottom(4f);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }
}
