package jp.madoguchi.app.domain.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where applications are kept. */
public interface ApplicationRepository {

  /** The application with this 受付番号, its earlier revisions loaded. */
  Optional<Application> findByReceiptNumber(ReceiptNumber receiptNumber);

  /** The applications naming this 受付番号 as their linked one (転入予約 → 転出届), oldest first. */
  List<Application> findLinkedTo(ReceiptNumber receiptNumber);

  /** For use within the caller's transaction, to change the application. */
  Optional<Application> findById(UUID id);

  /**
   * As {@link #findById}, holding a row lock until the transaction ends, so that steps decided from
   * other rows (all deliveries confirmed → LINKED) are taken once.
   */
  Optional<Application> findByIdForUpdate(UUID id);

  /** As {@link #findById} for several at once, in one query; unknown ids are left out. */
  List<Application> findAllById(Collection<UUID> ids);

  /**
   * As {@link #findByIdForUpdate} for several at once, locked in the order of their ids (so two
   * transactions locking overlapping sets cannot deadlock); unknown ids are left out.
   */
  List<Application> findAllByIdForUpdate(Collection<UUID> ids);

  /**
   * Stores a new application in the caller's transaction. Fails when its receipt number is taken:
   * the database's unique constraint decides, not a lock in memory. Its status changes get their
   * feed position from the sequencer after the commit (docs/sequencing.md).
   */
  void add(Application application);

  /**
   * Writes the changes to an application loaded with {@link #findById} in the caller's transaction;
   * its new status changes get their feed positions from the sequencer after the commit.
   *
   * @throws WorkflowViolation when someone else updated it meanwhile (optimistic locking)
   */
  void update(Application application);

  /** {@link #update} of several applications at once: their changes are written together. */
  void updateAll(Collection<Application> applications);

  /** Up to {@code limit} applications stored before 個人番号 were sealed by type (V100). */
  List<UUID> unsealed(int limit);
}
