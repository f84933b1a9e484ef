package jp.madoguchi.app.domain.linkage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * How many deliveries of one application stand in each status: enough to tell whether all of them
 * are confirmed (基幹連携済) without reading each one.
 */
public record DeliveryTally(Map<DeliveryStatus, Long> counts) {

  /** An application without any delivery. */
  public static final DeliveryTally NONE = new DeliveryTally(Map.of());

  public DeliveryTally {
    Map<DeliveryStatus, Long> copy = new EnumMap<>(DeliveryStatus.class);
    counts.forEach(
        (status, count) -> {
          if (count < 0) {
            throw new IllegalArgumentException("negative count of " + status);
          }
          if (count > 0) {
            copy.put(status, count);
          }
        });
    counts = Map.copyOf(copy);
  }

  /** This tally with {@code count} more deliveries in {@code status}. */
  public DeliveryTally plus(DeliveryStatus status, long count) {
    Map<DeliveryStatus, Long> more = new EnumMap<>(DeliveryStatus.class);
    more.putAll(counts);
    more.merge(status, count, Long::sum);
    return new DeliveryTally(more);
  }

  /** At least one delivery, and every one of them DELIVERED. */
  public boolean allDelivered() {
    return !counts.isEmpty() && counts.keySet().equals(Set.of(DeliveryStatus.DELIVERED));
  }
}
