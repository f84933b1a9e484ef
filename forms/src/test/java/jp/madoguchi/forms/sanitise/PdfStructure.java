package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Re-opens a PDF with OpenPDF and answers questions about its structure. */
final class PdfStructure {

  private final PdfReader reader;

  private PdfStructure(byte[] pdf) {
    try {
      this.reader = new PdfReader(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PdfStructure of(byte[] pdf) {
    return new PdfStructure(pdf);
  }

  PdfDictionary catalog() {
    return reader.getCatalog();
  }

  boolean namesContain(PdfName tree) {
    PdfDictionary names = catalog().getAsDict(PdfName.NAMES);
    return names != null && names.contains(tree);
  }

  /** The /S of every annotation's /A on page 1 ("none" for annotations without an action). */
  List<String> annotationActions() {
    List<String> actions = new ArrayList<>();
    PdfArray annotations = reader.getPageN(1).getAsArray(PdfName.ANNOTS);
    for (int i = 0; annotations != null && i < annotations.size(); i++) {
      PdfDictionary action = annotations.getAsDict(i).getAsDict(PdfName.A);
      actions.add(action == null ? "none" : action.getAsName(PdfName.S).toString());
    }
    return actions;
  }

  int annotationCount() {
    PdfArray annotations = reader.getPageN(1).getAsArray(PdfName.ANNOTS);
    return annotations == null ? 0 : annotations.size();
  }

  PdfDictionary page(int number) {
    return reader.getPageN(number);
  }

  int pages() {
    return reader.getNumberOfPages();
  }

  String text() {
    try {
      return new PdfTextExtractor(reader).getTextFromPage(1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
