package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;

/**
 * Document-level active content: /OpenAction, /AA, the /Names trees of JavaScript and embedded
 * files, associated files and portfolios, XFA, and the XMP metadata stream.
 */
final class PdfCatalogCleaner {

  private static final PdfName NEEDS_RENDERING = new PdfName("NeedsRendering");

  private PdfCatalogCleaner() {}

  static void clean(PdfDictionary catalog, Removals removals) {
    PdfObject openAction = catalog.get(PdfName.OPENACTION);
    if (openAction != null) {
      removals.addAll(PdfActions.activeContent(openAction));
      catalog.remove(PdfName.OPENACTION);
      removals.add(RemovedContent.OPEN_ACTION);
    }
    PdfActions.strip(catalog, removals);
    cleanNames(catalog.getAsDict(PdfName.NAMES), removals);
    removeIfPresent(catalog, PdfName.AF, RemovedContent.EMBEDDED_FILES, removals);
    removeIfPresent(catalog, PdfName.COLLECTION, RemovedContent.EMBEDDED_FILES, removals);
    removeIfPresent(catalog, PdfName.METADATA, RemovedContent.XMP, removals);
    PdfDictionary acroForm = catalog.getAsDict(PdfName.ACROFORM);
    if (acroForm != null) {
      removeIfPresent(acroForm, PdfName.XFA, RemovedContent.XFA, removals);
      acroForm.remove(NEEDS_RENDERING);
    }
  }

  private static void cleanNames(PdfDictionary names, Removals removals) {
    if (names != null) {
      removeIfPresent(names, PdfName.JAVASCRIPT, RemovedContent.JAVASCRIPT, removals);
      removeIfPresent(names, PdfName.EMBEDDEDFILES, RemovedContent.EMBEDDED_FILES, removals);
    }
  }

  private static void removeIfPresent(
      PdfDictionary dictionary, PdfName key, RemovedContent content, Removals removals) {
    if (dictionary.contains(key)) {
      dictionary.remove(key);
      removals.add(content);
    }
  }
}
