package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Actions reachable through trees rather than pages: form fields (/AcroForm /Fields and their
 * /Kids, e.g. keystroke or calculate scripts) and bookmarks (/Outlines). Each node is visited once,
 * so cyclic or hostile trees terminate.
 */
final class PdfTreeCleaner {

  private static final int MAX_NODES = 100_000;

  private final Set<PdfDictionary> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Removals removals;

  private PdfTreeCleaner(Removals removals) {
    this.removals = removals;
  }

  static void clean(PdfDictionary catalog, Removals removals) {
    PdfTreeCleaner cleaner = new PdfTreeCleaner(removals);
    PdfDictionary acroForm = catalog.getAsDict(PdfName.ACROFORM);
    if (acroForm != null) {
      cleaner.fields(acroForm.getAsArray(PdfName.FIELDS));
    }
    PdfDictionary outlines = catalog.getAsDict(PdfName.OUTLINES);
    if (outlines != null) {
      cleaner.outlineItems(outlines.get(PdfName.FIRST));
    }
  }

  private void fields(PdfArray fields) {
    if (fields == null) {
      return;
    }
    for (int i = 0; i < fields.size(); i++) {
      PdfDictionary field = fields.getAsDict(i);
      if (firstVisit(field)) {
        PdfActions.strip(field, removals);
        fields(field.getAsArray(PdfName.KIDS));
      }
    }
  }

  private void outlineItems(PdfObject first) {
    PdfObject next = first;
    while (next != null) {
      PdfDictionary item = asDictionary(next);
      if (!firstVisit(item)) {
        return;
      }
      PdfActions.strip(item, removals);
      outlineItems(item.get(PdfName.FIRST));
      next = item.get(PdfName.NEXT);
    }
  }

  private boolean firstVisit(PdfDictionary node) {
    return node != null && visited.size() < MAX_NODES && visited.add(node);
  }

  private static PdfDictionary asDictionary(PdfObject object) {
    PdfObject direct = PdfReader.getPdfObject(object);
    return direct != null && direct.isDictionary() ? (PdfDictionary) direct : null;
  }
}
