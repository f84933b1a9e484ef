package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * 連携済の一括記録: the FILE_EXPORT deliveries of one poll whose files are in place, finished together in
 * one transaction. Each becomes DELIVERED (flagged for clerk review when its file lost characters)
 * only while its claim is still the one that wrote the file; a delivery whose lease was taken over
 * meanwhile is left to its new claim.
 */
public final class DeliveredGroup {

  /** One delivery of the group as the engine reports it: its claim, file name and review reason. */
  public record Finish(UUID deliveryId, String token, String reference, String reviewReason) {

    public Finish {
      Objects.requireNonNull(deliveryId, "deliveryId");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(reference, "reference");
    }
  }

  private final Map<UUID, Finish> finishes = new LinkedHashMap<>();

  public DeliveredGroup(Collection<Finish> finishes) {
    for (Finish finish : finishes) {
      if (this.finishes.putIfAbsent(finish.deliveryId(), finish) != null) {
        throw new IllegalArgumentException("delivery " + finish.deliveryId() + " twice in a group");
      }
    }
  }

  /** The deliveries to lock before {@link #finish}. */
  public Set<UUID> deliveryIds() {
    return Set.copyOf(finishes.keySet());
  }

  /**
   * Marks the locked deliveries of the group DELIVERED; returns those that were (the others no
   * longer hold the claim that wrote their file, and are unchanged).
   */
  public List<Delivery> finish(Collection<Delivery> locked, Instant now) {
    List<Delivery> finished = new ArrayList<>();
    for (Delivery delivery : locked) {
      Finish finish = finishes.get(delivery.id());
      if (finish == null) {
        throw new IllegalArgumentException("delivery " + delivery.id() + " is not in the group");
      }
      if (delivery.delivered(finish.token(), finish.reference(), null, now)) {
        if (finish.reviewReason() != null) {
          delivery.flag(finish.reviewReason(), now);
        }
        finished.add(delivery);
      }
    }
    return finished;
  }

  /** The file name the delivery was finished with. */
  public String reference(UUID deliveryId) {
    return finishes.get(deliveryId).reference();
  }
}
