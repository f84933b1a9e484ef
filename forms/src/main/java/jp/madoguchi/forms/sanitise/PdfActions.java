package jp.madoguchi.forms.sanitise;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Classifies PDF actions and strips the active ones from a dictionary that may carry them (an
 * annotation, a form field, an outline item, a page). Harmless actions (GoTo within the file, named
 * navigation, URI) stay.
 */
final class PdfActions {

  private static final int MAX_CHAIN = 64;

  private static final Map<PdfName, RemovedContent> ACTIVE =
      Map.of(
          PdfName.JAVASCRIPT,
          RemovedContent.JAVASCRIPT,
          PdfName.LAUNCH,
          RemovedContent.LAUNCH,
          PdfName.SUBMITFORM,
          RemovedContent.SUBMIT_FORM,
          PdfName.IMPORTDATA,
          RemovedContent.IMPORT_DATA,
          PdfName.GOTOR,
          RemovedContent.REMOTE_GOTO,
          PdfName.GOTOE,
          RemovedContent.REMOTE_GOTO,
          PdfName.RENDITION,
          RemovedContent.MULTIMEDIA,
          new PdfName("Movie"),
          RemovedContent.MULTIMEDIA,
          PdfName.SOUND,
          RemovedContent.MULTIMEDIA,
          PdfName.RICHMEDIAEXECUTE,
          RemovedContent.MULTIMEDIA);

  private PdfActions() {}

  /** The active content in an action and its /Next chain; empty when all of it is harmless. */
  static Set<RemovedContent> activeContent(PdfObject action) {
    Set<RemovedContent> found = EnumSet.noneOf(RemovedContent.class);
    collect(PdfReader.getPdfObject(action), found, 0);
    return found;
  }

  private static void collect(PdfObject object, Set<RemovedContent> found, int depth) {
    if (depth > MAX_CHAIN || object == null) {
      return;
    }
    if (object.isArray()) {
      for (PdfObject item : ((PdfArray) object).getElements()) {
        collect(PdfReader.getPdfObject(item), found, depth + 1);
      }
    } else if (object.isDictionary()) {
      PdfDictionary action = (PdfDictionary) object;
      PdfName type = action.getAsName(PdfName.S);
      if (type != null && ACTIVE.containsKey(type)) {
        found.add(ACTIVE.get(type));
      }
      if (action.contains(PdfName.JS)) {
        found.add(RemovedContent.JAVASCRIPT);
      }
      collect(PdfReader.getPdfObject(action.get(PdfName.NEXT)), found, depth + 1);
    }
  }

  /** Removes /AA always and /A when it is active; records what went. */
  static void strip(PdfDictionary holder, Removals removals) {
    PdfDictionary additional = holder.getAsDict(PdfName.AA);
    if (additional != null) {
      for (PdfName trigger : additional.getKeys()) {
        removals.addAll(activeContent(additional.get(trigger)));
      }
      holder.remove(PdfName.AA);
      removals.add(RemovedContent.AUTO_ACTION);
    }
    Set<RemovedContent> active = activeContent(holder.get(PdfName.A));
    if (!active.isEmpty()) {
      holder.remove(PdfName.A);
      removals.addAll(active);
    }
  }
}
