package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Batches of BATCH deliveries pulled by core-system jobs (一括取込); in the caller's transaction. */
public interface Batches {

  /** A stored batch: its file bytes and whether it can still be acknowledged. */
  record BatchFile(UUID id, String procedureCode, String mediaType, byte[] content, boolean open) {}

  /** Offers again the deliveries of unacknowledged batches whose lease ran out. */
  int releaseExpired(Instant now);

  /** Locks up to {@code limit} pending BATCH deliveries of the procedure, skipping locked rows. */
  List<DeliveryView> claimPending(String procedureCode, int limit);

  /** Stores the batch with its file and moves the deliveries into it (IN_BATCH). */
  void create(
      UUID batchId,
      String procedureCode,
      String createdBy,
      Instant now,
      Instant leaseUntil,
      List<UUID> deliveryIds,
      String mediaType,
      byte[] content);

  Optional<BatchFile> find(UUID batchId);

  /** The deliveries of an open batch, locked. */
  List<DeliveryView> deliveriesOf(UUID batchId);

  /** A batch job refused this delivery: back to clerks (PARKED, flagged with the reason). */
  void reject(UUID deliveryId, String reason, Instant now);

  void acknowledge(UUID batchId, Instant now);

  /** Notes a record that lost characters (外字) for clerk review. */
  void flag(UUID deliveryId, String reason);
}
