package jp.madoguchi.integration.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.integration.port.FinishedDelivery;

/**
 * The FILE_EXPORT deliveries of one poll whose files are in place, collected by the writer threads
 * until the poll records them, a group at a time, and the local directories written into, whose new
 * entries are made durable once for all of them before anything is recorded.
 */
final class DeliveredFiles {

  private final List<FinishedDelivery> finished = new ArrayList<>();
  private final Set<Path> directories = new LinkedHashSet<>();

  synchronized void wroteInto(Path directory) {
    directories.add(directory);
  }

  /** The directories written into (each once). */
  synchronized List<Path> directories() {
    return List.copyOf(directories);
  }

  synchronized void add(FinishedDelivery delivery) {
    finished.add(delivery);
  }

  /** The collected deliveries in groups of at most {@code size}, in the order they finished. */
  synchronized List<List<FinishedDelivery>> groups(int size) {
    List<List<FinishedDelivery>> groups = new ArrayList<>();
    for (int from = 0; from < finished.size(); from += size) {
      groups.add(List.copyOf(finished.subList(from, Math.min(finished.size(), from + size))));
    }
    return groups;
  }
}
