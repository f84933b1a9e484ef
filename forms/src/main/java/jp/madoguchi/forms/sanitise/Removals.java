package jp.madoguchi.forms.sanitise;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Collects what was taken out of one file; each kind is reported once. */
final class Removals {

  private final EnumSet<RemovedContent> found = EnumSet.noneOf(RemovedContent.class);

  void add(RemovedContent content) {
    found.add(content);
  }

  void addAll(Collection<RemovedContent> contents) {
    found.addAll(contents);
  }

  /** Japanese labels in {@link RemovedContent} order; EXIF is named once, with location if any. */
  List<String> labels() {
    Set<RemovedContent> reported = EnumSet.copyOf(found);
    if (reported.contains(RemovedContent.EXIF_WITH_LOCATION)) {
      reported.remove(RemovedContent.EXIF);
    }
    return reported.stream().map(RemovedContent::label).toList();
  }
}
