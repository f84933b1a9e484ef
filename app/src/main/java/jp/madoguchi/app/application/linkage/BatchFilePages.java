package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import jp.madoguchi.app.domain.linkage.BatchPages;
import jp.madoguchi.app.domain.linkage.Batches;

/**
 * The pages of a batch file, each rendered once: a stored page is served as stored; a page not
 * stored yet is rendered from the batch's data ({@link BatchFileRenderer}, rows that lost
 * characters flagged for clerk review), stored and served. The claim renders every page; a download
 * renders only the pages a claim interrupted by a crash left out. Each page runs in its own short
 * transaction; one renderer per batch at a time (the batch row is locked before a page is
 * rendered).
 */
@ApplicationScoped
public class BatchFilePages {

  @Inject BatchPages pages;
  @Inject Batches batches;
  @Inject BatchFileRenderer renderer;

  /**
   * The page after {@code afterSeq}: as stored, or else rendered with up to {@code size} rows and
   * stored. {@code withForm}: see {@link BatchFileRenderer#page}, asked only when a page is
   * rendered.
   */
  @Transactional
  public BatchFilePage page(UUID batchId, int afterSeq, int size, BooleanSupplier withForm) {
    Optional<BatchPages.Page> stored = pages.find(batchId, afterSeq);
    if (stored.isEmpty()) {
      batches.lock(batchId);
      stored = pages.find(batchId, afterSeq);
    }
    if (stored.isPresent()) {
      BatchPages.Page page = stored.get();
      return new BatchFilePage(page.content(), page.rows(), page.lastSeq());
    }
    BatchFilePage rendered = renderer.page(batchId, afterSeq, size, true, withForm.getAsBoolean());
    pages.add(
        batchId,
        new BatchPages.Page(afterSeq, rendered.lastSeq(), rendered.rows(), rendered.content()));
    return rendered;
  }
}
