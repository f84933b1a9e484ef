package jp.madoguchi.forms.sanitise;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a PDF from object bodies with a correct cross-reference table, for structures OpenPDF
 * cannot produce without optional libraries (an encryption dictionary). Object 1 must be the
 * catalog.
 */
final class HandWrittenPdf {

  private final List<String> objects = new ArrayList<>();

  /** Adds an object; returns its number. */
  int add(String body) {
    objects.add(body);
    return objects.size();
  }

  byte[] write(String trailerExtras) {
    StringBuilder pdf = new StringBuilder("%PDF-1.6\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      pdf.append(String.format("%010d 00000 n \n", offset));
    }
    pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R ");
    pdf.append(trailerExtras).append(" >>\nstartxref\n").append(xref).append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One empty page, RC4-encrypted according to its trailer (the keys are not real). */
  static byte[] encrypted() {
    HandWrittenPdf pdf = onePage();
    int encrypt =
        pdf.add(
            "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904"
                + " /O <"
                + "00".repeat(32)
                + "> /U <"
                + "00".repeat(32)
                + "> >>");
    return pdf.write("/Encrypt " + encrypt + " 0 R /ID [<0123456789ABCDEF> <0123456789ABCDEF>]");
  }

  /** A page carrying an array nested 200,000 deep, enough to exhaust a recursive parser. */
  static byte[] deeplyNested() {
    HandWrittenPdf pdf = new HandWrittenPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Deep "
            + "[".repeat(200_000)
            + "]".repeat(200_000)
            + " >>");
    return pdf.write("");
  }

  static HandWrittenPdf onePage() {
    HandWrittenPdf pdf = new HandWrittenPdf();
    pdf.add("<< /Type /Catalog /Pages 2 0 R >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    return pdf;
  }

  /**
   * Active content OpenPDF's writer does not make directly: a text field with a keystroke script, a
   * file-attachment annotation, a GoTo link chained to JavaScript, a bookmark that launches a
   * program, and an XMP metadata stream.
   */
  static byte[] withFieldScriptAttachmentChainAndBookmark() {
    HandWrittenPdf pdf = new HandWrittenPdf();
    pdf.add(
        "<< /Type /Catalog /Pages 2 0 R /Outlines 4 0 R /Metadata 8 0 R"
            + " /AcroForm << /Fields [5 0 R] >> >>");
    pdf.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    pdf.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Annots [5 0 R 6 0 R 7 0 R] >>");
    pdf.add("<< /Type /Outlines /First 9 0 R /Last 9 0 R /Count 1 >>");
    pdf.add(
        "<< /Type /Annot /Subtype /Widget /FT /Tx /T (name) /Rect [50 700 250 720] /P 3 0 R"
            + " /AA << /K << /S /JavaScript /JS (field-keystroke-script) >> >> >>");
    pdf.add(
        "<< /Type /Annot /Subtype /FileAttachment /Rect [50 600 70 620]"
            + " /FS << /Type /Filespec /F (invoice.exe) >> >>");
    pdf.add(
        "<< /Type /Annot /Subtype /Link /Rect [50 500 250 520]"
            + " /A << /S /GoTo /D [3 0 R /Fit] /Next << /S /JavaScript /JS (chained-script) >> >> >>");
    pdf.add("<< /Type /Metadata /Subtype /XML /Length 12 >>\nstream\n<x:xmpmeta/>\nendstream");
    pdf.add("<< /Title (Open me) /Parent 4 0 R /A << /S /Launch /F (cmd.exe) >> >>");
    return pdf.write("");
  }
}
