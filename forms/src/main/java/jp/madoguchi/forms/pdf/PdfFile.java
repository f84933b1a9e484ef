package jp.madoguchi.forms.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Lays out one A4 portrait PDF in memory: runs the content writer, closes the document, then stamps
 * the page footers. {@code bottomMargin} leaves room for the footer lines.
 */
final class PdfFile {

  static final float SIDE_MARGIN = 36f;
  private static final float TOP_MARGIN = 36f;

  private PdfFile() {}

  static byte[] write(
      String title, float bottomMargin, PageFooter footer, Consumer<Document> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    Document document =
        new Document(PageSize.A4, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, bottomMargin);
    PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addCreator("Madoguchi");
    document.open();
    content.accept(document);
    document.close();
    return footer.stamp(out.toByteArray());
  }
}
