package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.account.ProcedureScope;

/**
 * The outbox of deliveries, as the use cases see it; every method runs in the caller's transaction.
 */
public interface Deliveries {

  /** Writes a new delivery of the application by the route version. */
  UUID create(UUID applicationId, String receiptNumber, RouteVersion route, Instant now);

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

  /** Every attempt of the delivery, oldest first. */
  List<AttemptView> attemptsOf(UUID deliveryId);

  /** Puts a PARKED delivery back to its pattern's initial state; false when it is not PARKED. */
  boolean replay(UUID id, Instant now);

  /** Replays every delivery in the status (of the procedure, when given); returns how many. */
  int replayAll(DeliveryStatus status, String procedureCode, Instant now);

  /**
   * 現在の設定で再送: puts a PARKED delivery back to the initial state of {@code current}'s pattern, made
   * with that version of its route from now on, and notes the change (from which version, by whom)
   * in its history; false when it is not PARKED or not of that route.
   */
  boolean replayOnto(UUID id, RouteVersion current, String actor, Instant now);

  /** As {@link #replayOnto}, every PARKED delivery of the route; returns how many. */
  int replayAllOnto(RouteVersion current, String actor, Instant now);

  /** Confirms a delivery held in the given status; false when it is no longer in it. */
  boolean confirm(UUID id, DeliveryStatus from, String coreReference, Instant now);
}
