package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.util.Map;

/**
 * Per page: the page's own /AA, annotations that are active content by nature (file attachments,
 * media players) dropped whole, and active actions removed from the other annotations (links, form
 * widgets).
 */
final class PdfPageCleaner {

  private static final Map<PdfName, RemovedContent> DROPPED_ANNOTATIONS =
      Map.of(
          PdfName.FILEATTACHMENT,
          RemovedContent.EMBEDDED_FILES,
          new PdfName("Movie"),
          RemovedContent.MULTIMEDIA,
          PdfName.SOUND,
          RemovedContent.MULTIMEDIA,
          PdfName.SCREEN,
          RemovedContent.MULTIMEDIA,
          PdfName.RICHMEDIA,
          RemovedContent.MULTIMEDIA,
          PdfName._3D,
          RemovedContent.MULTIMEDIA);

  private PdfPageCleaner() {}

  static void clean(PdfReader reader, Removals removals) {
    for (int number = 1; number <= reader.getNumberOfPages(); number++) {
      PdfDictionary page = reader.getPageN(number);
      PdfActions.strip(page, removals);
      PdfArray annotations = page.getAsArray(PdfName.ANNOTS);
      if (annotations != null) {
        cleanAnnotations(annotations, removals);
      }
    }
  }

  private static void cleanAnnotations(PdfArray annotations, Removals removals) {
    for (int i = annotations.size() - 1; i >= 0; i--) {
      PdfDictionary annotation = annotations.getAsDict(i);
      if (annotation == null) {
        continue;
      }
      PdfName subtype = annotation.getAsName(PdfName.SUBTYPE);
      if (subtype != null && DROPPED_ANNOTATIONS.containsKey(subtype)) {
        annotations.remove(i);
        removals.add(DROPPED_ANNOTATIONS.get(subtype));
      } else {
        PdfActions.strip(annotation, removals);
      }
    }
  }
}
