package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.linkage.Batch;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;

/**
 * The steps of acknowledging a batch, each in its own short transaction so that a batch of 100,000
 * rows neither holds its applications' locks for long nor loads them all at once. Every step locks
 * the batch row first and goes on only while the batch is open, so a release (which locks the same
 * row first) happens before or after a step, never in the middle. An acknowledgement cut off half
 * way leaves the batch open: sending it again finishes it, and rows already confirmed stay so.
 */
@ApplicationScoped
public class BatchAcknowledgements {

  /** What one page of an acknowledgement did. */
  record Page(int rows, int lastSeq, int delivered, int rejected) {}

  @Inject Batches batches;
  @Inject Deliveries deliveries;
  @Inject LinkageCompletion completion;
  @Inject Clock clock;

  /** 404 for an unknown batch, 409 once acknowledged or released, 422 for a foreign receipt. */
  @Transactional
  public void check(UUID batchId, Map<String, String> rejected) {
    open(batchId);
    List<String> unknown =
        rejected.keySet().stream().filter(r -> !batches.holdsReceipt(batchId, r)).toList();
    if (!unknown.isEmpty()) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "この一括ファイルにない受付番号です: " + String.join(", ", unknown));
    }
  }

  /** Confirms (or, for the rejected receipts, parks) the page of items after {@code afterSeq}. */
  @Transactional
  public Page page(UUID batchId, int afterSeq, int size, Map<String, String> rejected) {
    open(batchId);
    Instant now = clock.instant();
    List<Batches.Item> items = batches.items(batchId, afterSeq, size);
    List<Application> touched = new ArrayList<>();
    int delivered = 0;
    int refused = 0;
    for (Batches.Item item : items) {
      DeliveryView delivery = item.delivery();
      if (delivery.status() != DeliveryStatus.IN_BATCH) {
        continue;
      }
      touched.add(completion.lockApplication(delivery.applicationId()));
      Delivery locked = deliveries.lock(delivery.id()).orElseThrow();
      String reason = rejected.get(delivery.receiptNumber());
      if (reason != null) {
        refused += locked.rejectInBatch(reason, now) ? 1 : 0;
      } else if (locked.acknowledge(batchId, now)) {
        delivered++;
      }
    }
    completion.linkAllDelivered(touched.stream().filter(a -> a != null).toList(), now);
    int lastSeq = items.isEmpty() ? afterSeq : items.get(items.size() - 1).seq();
    return new Page(items.size(), lastSeq, delivered, refused);
  }

  @Transactional
  public void close(UUID batchId) {
    open(batchId).acknowledge(clock.instant());
  }

  /** The batch, locked; 404 when unknown, 409 once acknowledged or released. */
  private Batch open(UUID batchId) {
    Batch batch =
        batches
            .lock(batchId)
            .orElseThrow(
                () ->
                    new ApplicationProblem(ProblemType.NOT_FOUND, "一括ファイル " + batchId + " はありません"));
    if (!batch.isOpen()) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "この一括ファイルは確認済みか、期限切れで解放されています");
    }
    return batch;
  }
}
