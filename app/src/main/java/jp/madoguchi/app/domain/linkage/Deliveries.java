package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.integration.config.DeliveryPattern;

/**
 * The outbox of deliveries ({@link Delivery} aggregates) and its read views; every method runs in
 * the caller's transaction.
 */
public interface Deliveries {

  /** Stores a new delivery (after whatever the transaction wrote before it). */
  void add(Delivery delivery);

  /** The delivery, locked until the transaction ends; empty when there is no such delivery. */
  Optional<Delivery> lock(UUID id);

  /**
   * Locks up to {@code max} deliveries of the pattern that are due at {@code now} ({@link
   * Delivery#isDue}), the longest due first, skipping rows other workers hold.
   */
  List<Delivery> lockDue(DeliveryPattern pattern, Instant now, int max);

  /** These deliveries, locked in the order of their ids; unknown ids are left out. */
  List<Delivery> lockAll(Collection<UUID> ids);

  /** The application of each of these deliveries (delivery id → application id), not locked. */
  Map<UUID, UUID> applicationsOf(Collection<UUID> deliveryIds);

  /** Every PARKED delivery (of the procedure, when given), locked. */
  List<Delivery> lockParked(String procedureCode);

  /** Every PARKED delivery of the route (any version), locked. */
  List<Delivery> lockParkedOfRoute(long routeId);

  /** Adds an entry to the delivery's history ({@code node}: the server process, may be null). */
  default void recordAttempt(UUID deliveryId, AttemptView attempt, String node) {
    recordAttempts(Map.of(deliveryId, attempt), node);
  }

  /**
   * Adds an entry to the history of each delivery (delivery id → attempt), all in one batch of
   * statements ({@code node}: the server process, may be null).
   */
  void recordAttempts(Map<UUID, AttemptView> attempts, String node);

  Optional<DeliveryView> find(UUID id);

  /** Newest first; null filters match anything. */
  default List<DeliveryView> list(DeliveryStatus status, String procedureCode, int limit) {
    return list(status, procedureCode, ProcedureScope.ALL, limit);
  }

  /** Newest first, of the procedures in {@code scope} only; null filters match anything. */
  List<DeliveryView> list(
      DeliveryStatus status, String procedureCode, ProcedureScope scope, int limit);

  /**
   * Up to {@code limit} deliveries after {@code after} (null: from the newest) in the order of
   * {@link #list}: keyset paging by creation time and id.
   */
  List<DeliveryView> page(
      DeliveryStatus status,
      String procedureCode,
      ProcedureScope scope,
      DeliveryView.Key after,
      int limit);

  /** How many deliveries the filters of {@link #page} match in all. */
  long count(DeliveryStatus status, String procedureCode, ProcedureScope scope);

  List<DeliveryView> ofApplication(UUID applicationId);

  /**
   * The deliveries of each of these applications counted by status, in one query (including what
   * this transaction changed); an application without deliveries gets {@link DeliveryTally#NONE}.
   */
  Map<UUID, DeliveryTally> talliesOf(Collection<UUID> applicationIds);

  /** Every attempt of the delivery, oldest first. */
  List<AttemptView> attemptsOf(UUID deliveryId);
}
