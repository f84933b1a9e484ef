package jp.madoguchi.app.domain.sequencing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.madoguchi.app.domain.application.ServiceLevels;

/**
 * Numbers committed status changes after the feed's last position, in the order they were inserted,
 * and sums what they do to the dashboard counts: -1 for the status left, +1 for the one entered,
 * per procedure and day of receipt in Japan.
 */
public final class FeedNumbering {

  private FeedNumbering() {}

  /** A change's feed position. */
  public record Position(long changeId, long position) {}

  /** The count rows of one procedure and day of receipt (days since 1970-01-01 in Japan). */
  public record CountBucket(String procedureCode, long receivedDay)
      implements Comparable<CountBucket> {
    @Override
    public int compareTo(CountBucket other) {
      int byCode = procedureCode.compareTo(other.procedureCode);
      return byCode != 0 ? byCode : Long.compare(receivedDay, other.receivedDay);
    }
  }

  /**
   * The outcome: positions, the feed's new last position and the count changes (status → delta).
   */
  public record Numbered(
      List<Position> positions, long lastPosition, Map<CountBucket, Map<String, Long>> counts) {}

  public static Numbered number(long lastPosition, List<UnsequencedChange> changes) {
    List<UnsequencedChange> ordered = new ArrayList<>(changes);
    ordered.sort((a, b) -> Long.compare(a.id(), b.id()));
    List<Position> positions = new ArrayList<>(ordered.size());
    Map<CountBucket, Map<String, Long>> counts = new TreeMap<>();
    long position = lastPosition;
    for (UnsequencedChange change : ordered) {
      positions.add(new Position(change.id(), ++position));
      CountBucket bucket =
          new CountBucket(
              change.procedureCode(),
              change.receivedAt().atZone(ServiceLevels.JAPAN).toLocalDate().toEpochDay());
      Map<String, Long> deltas = counts.computeIfAbsent(bucket, b -> new TreeMap<>());
      if (change.from() != null) {
        deltas.merge(change.from(), -1L, Long::sum);
      }
      deltas.merge(change.to(), 1L, Long::sum);
    }
    counts.values().forEach(deltas -> deltas.values().removeIf(delta -> delta == 0));
    counts.values().removeIf(Map::isEmpty);
    return new Numbered(List.copyOf(positions), position, counts);
  }
}
