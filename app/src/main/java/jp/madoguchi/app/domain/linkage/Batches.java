package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;

/** Batches of BATCH deliveries pulled by core-system jobs (一括取込); in the caller's transaction. */
public interface Batches {

  /**
   * A batch: how its file is served and whether it can still be acknowledged. {@code storedContent}
   * is the whole file of a batch made before files were streamed (null for every newer batch).
   */
  record BatchFile(
      UUID id,
      String procedureCode,
      String mediaType,
      int rowCount,
      boolean myNumberExported,
      byte[] storedContent,
      boolean open) {}

  /** A route version, as deliveries name it. */
  record RouteRef(String procedureCode, String routeName, int version) {}

  /**
   * One row of a batch file as stored: its place, the delivery and the route version it was made
   * with, and the accepted application's data ({@code formJson} null when not asked for).
   */
  record Row(
      int seq,
      UUID deliveryId,
      RouteRef route,
      String receiptNumber,
      String procedureCode,
      int definitionVersion,
      Applicant applicant,
      String formJson,
      UUID applicationId) {}

  /** One delivery of a batch at its place ({@code seq}, from 1) in the file. */
  record Item(int seq, DeliveryView delivery) {}

  /** Open batches whose lease ran out at {@code now}, locked. */
  List<Batch> lockExpired(Instant now);

  /**
   * Moves the deliveries still in the released batch by {@code move} and takes them out of it;
   * returns how many.
   */
  int release(UUID batchId, StatusMove move, Instant now);

  /**
   * Locks up to {@code limit} pending BATCH deliveries of the procedure and of one route version
   * (that of the oldest pending delivery), oldest first, skipping locked rows; their ids in file
   * order. A batch never mixes route versions: its header and every row share columns and charset.
   */
  List<UUID> claimPending(String procedureCode, int limit);

  /**
   * Stores the new batch, lists its items in the given order and moves those deliveries into it by
   * {@code move} (one statement for all: a batch may hold 100,000).
   */
  void add(Batch batch, List<UUID> deliveryIds, StatusMove move, Instant now);

  /** The route versions the batch's deliveries were made with. */
  List<RouteRef> routeVersions(UUID batchId);

  /**
   * The form 個人番号 (current revision, encrypted, by field path) of these applications, for a file
   * whose route carries them.
   */
  Map<UUID, Map<String, EncryptedMyNumber>> formMyNumbers(Collection<UUID> applicationIds);

  Optional<BatchFile> find(UUID batchId);

  /** Up to {@code limit} items after {@code afterSeq}, in file order (keyset paging). */
  List<Item> items(UUID batchId, int afterSeq, int limit);

  /**
   * Up to {@code limit} rows after {@code afterSeq}, in file order, each read with its delivery and
   * application in one query (keyset paging); the form data only {@code withForm}.
   */
  List<Row> rows(UUID batchId, int afterSeq, int limit, boolean withForm);

  /** The batch, locked until the transaction ends (a release waits for it); empty if unknown. */
  Optional<Batch> lock(UUID batchId);

  /** Whether a delivery of this receipt number is in the batch. */
  boolean holdsReceipt(UUID batchId, String receiptNumber);
}
