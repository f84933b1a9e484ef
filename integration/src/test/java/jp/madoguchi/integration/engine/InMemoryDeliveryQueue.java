package jp.madoguchi.integration.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.port.FinishedDelivery;
import jp.madoguchi.integration.port.Lease;
import jp.madoguchi.integration.record.DeliveryRecord;

/** A test double of the outbox port: deliveries in memory, leases and outcomes. */
final class InMemoryDeliveryQueue implements DeliveryQueue {

  enum Status {
    PENDING,
    DELIVERED,
    PARKED
  }

  /** One delivery as the double keeps it. */
  static final class Entry {
    final DeliveryRecord record;
    final LinkageRouteConfig route;
    final List<Attempt> attempts = new ArrayList<>();
    Status status = Status.PENDING;
    Instant dueAt = Instant.MIN;
    Instant leasedUntil = Instant.MIN;
    String coreReference;
    String reviewReason;

    Entry(DeliveryRecord record, LinkageRouteConfig route) {
      this.record = record;
      this.route = route;
    }
  }

  private final Map<UUID, Entry> entries = new LinkedHashMap<>();

  /** The size of every group recorded by {@link #deliveredAll}, in order. */
  final List<Integer> groupsRecorded = new ArrayList<>();

  private int groupsToLose;

  /**
   * The next {@code n} groups are lost as in a crash between the files' rename and the group's
   * commit: nothing is recorded, and their leases are over at once (as after the lease time).
   */
  synchronized void loseNextGroups(int n) {
    groupsToLose = n;
  }

  @Override
  public synchronized void deliveredAll(List<FinishedDelivery> finished) {
    if (groupsToLose > 0) {
      groupsToLose--;
      finished.forEach(f -> entries.get(f.lease().deliveryId()).leasedUntil = Instant.MIN);
      throw new IllegalStateException("the group's transaction did not commit");
    }
    DeliveryQueue.super.deliveredAll(finished);
    groupsRecorded.add(finished.size());
  }

  synchronized void add(DeliveryRecord record, LinkageRouteConfig route) {
    entries.put(record.deliveryId(), new Entry(record, route));
  }

  @Override
  public synchronized List<ClaimedDelivery> claimDue(
      DeliveryPattern pattern, int max, Duration lease) {
    Instant now = Instant.now();
    List<ClaimedDelivery> claimed = new ArrayList<>();
    for (Entry e : entries.values()) {
      boolean due = !e.dueAt.isAfter(now) && !e.leasedUntil.isAfter(now);
      if (claimed.size() < max
          && e.status == Status.PENDING
          && e.route.pattern() == pattern
          && due) {
        e.leasedUntil = now.plus(lease);
        claimed.add(
            new ClaimedDelivery(
                e.record, e.route, e.attempts.size(), UUID.randomUUID().toString()));
      }
    }
    return claimed;
  }

  @Override
  public synchronized void delivered(Lease lease, String coreReference, Attempt attempt) {
    Entry e = record(lease.deliveryId(), attempt, Status.DELIVERED);
    e.coreReference = coreReference;
  }

  @Override
  public synchronized void retryLater(Lease lease, Attempt attempt, Instant nextAttemptAt) {
    record(lease.deliveryId(), attempt, Status.PENDING).dueAt = nextAttemptAt;
  }

  @Override
  public synchronized void park(Lease lease, Attempt attempt) {
    record(lease.deliveryId(), attempt, Status.PARKED);
  }

  @Override
  public synchronized void flagForClerkReview(UUID deliveryId, String reason) {
    entries.get(deliveryId).reviewReason = reason;
  }

  private Entry record(UUID deliveryId, Attempt attempt, Status status) {
    Entry e = entries.get(deliveryId);
    e.attempts.add(attempt);
    e.status = status;
    e.leasedUntil = Instant.MIN;
    return e;
  }

  synchronized Entry entry(UUID deliveryId) {
    return entries.get(deliveryId);
  }

  /** Whether every delivery has an outcome other than "try again later". */
  synchronized boolean settled() {
    return entries.values().stream().allMatch(e -> e.status != Status.PENDING);
  }
}
