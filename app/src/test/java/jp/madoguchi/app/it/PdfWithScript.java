package jp.madoguchi.app.it;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** A PDF that runs JavaScript when opened: what 無害化 must take out. */
final class PdfWithScript {

  private PdfWithScript() {}

  static byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.open();
    writer.setOpenAction(PdfAction.javaScript("app.alert('x');", writer));
    document.add(new Paragraph("estimate"));
    document.close();
    return out.toByteArray();
  }
}
