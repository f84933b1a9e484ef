package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.Batches;

/**
 * 一括取込: a core-system job claims pending BATCH deliveries into a batch, downloads its file
 * (rendered once at the claim and stored page by page, so every download streams the same stored
 * bytes) and acknowledges it with per-receipt rejections. A batch not acknowledged within its lease
 * is released and its deliveries offered again.
 */
@ApplicationScoped
public class BatchService {

  public static final int MAX_LIMIT = 100_000;

  /** Rows acknowledged per transaction: each locks and may link that many applications. */
  private static final int ACK_PAGE_ROWS = 100;

  /** A new batch: its id and how many deliveries it holds. */
  public record Claimed(String batchId, int count) {}

  /** The outcome of an acknowledgement. */
  public record Acknowledged(int delivered, int rejected) {}

  /** Writes a file's bytes to a stream. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** A batch file ready to be streamed. */
  public record Download(String fileName, String mediaType, Content content) {}

  @Inject BatchClaims claims;
  @Inject BatchFileRenderer renderer;
  @Inject BatchFilePages filePages;
  @Inject BatchAcknowledgements acknowledgements;
  @Inject Batches batches;
  @Inject LinkageSettings settings;
  @Inject AuditLog audit;

  /**
   * Claims up to {@code limit} pending deliveries; then renders the new batch's file once, page by
   * page, stores it ({@link BatchFilePages}) and flags for clerk review the rows that lost
   * characters (外字 → 〓).
   */
  public Optional<Claimed> claim(String procedureCode, int limit, String job) {
    if (procedureCode == null || procedureCode.isBlank() || limit < 1 || limit > MAX_LIMIT) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "procedure と limit（1〜" + MAX_LIMIT + "）を指定してください");
    }
    Optional<BatchClaims.Opened> opened = claims.claim(procedureCode, limit, job);
    opened.ifPresent(this::renderOnce);
    return opened.map(o -> new Claimed(o.batchId().toString(), o.count()));
  }

  /** Renders and stores every page of a batch just opened (its one route version known). */
  private void renderOnce(BatchClaims.Opened opened) {
    boolean withForm = renderer.readsForm(opened.route());
    try {
      stream(opened.batchId(), opened.count(), () -> withForm)
          .writeTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The batch's file from its stored pages, rendering those not stored yet; {@code withForm} is
   * asked only then (it reads every item's route version).
   */
  private BatchFileStream stream(UUID batchId, int rows, BooleanSupplier withForm) {
    return new BatchFileStream(
        (after, size) -> filePages.page(batchId, after, size, withForm),
        settings.batchPageRows(),
        rows);
  }

  /**
   * The batch's file, audited as BATCH_EXPORTED (saying whether it carries 個人番号). Its stored pages
   * are streamed one at a time.
   */
  @Transactional
  public Download download(UUID batchId, String job) {
    Batches.BatchFile file = batches.find(batchId).orElseThrow(() -> notFound(batchId));
    audit.append(
        job,
        AuditAction.BATCH_EXPORTED,
        file.procedureCode(),
        "batch="
            + batchId
            + " rows="
            + file.rowCount()
            + " myNumber="
            + (file.myNumberExported() ? "exported" : "not-exported"));
    String name = file.procedureCode() + "_" + batchId + ".csv";
    if (file.storedContent() != null) {
      return new Download(name, file.mediaType(), out -> out.write(file.storedContent()));
    }
    BatchFileStream stream = stream(batchId, file.rowCount(), () -> renderer.readsForm(batchId));
    return new Download(name, file.mediaType(), out -> stream.writeTo(out));
  }

  /**
   * {@code rejected}: receipt number → the core system's reason; every other row of the batch is
   * confirmed. Applied page by page ({@link BatchAcknowledgements}).
   */
  public Acknowledged acknowledge(UUID batchId, Map<String, String> rejected, String job) {
    acknowledgements.check(batchId, rejected);
    int pageRows = Math.min(settings.batchPageRows(), ACK_PAGE_ROWS);
    int after = 0;
    int delivered = 0;
    int refused = 0;
    BatchAcknowledgements.Page page;
    do {
      page = acknowledgements.page(batchId, after, pageRows, rejected);
      delivered += page.delivered();
      refused += page.rejected();
      after = page.lastSeq();
    } while (page.rows() == pageRows);
    acknowledgements.close(batchId);
    return new Acknowledged(delivered, refused);
  }

  private static ApplicationProblem notFound(UUID batchId) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "一括ファイル " + batchId + " はありません");
  }
}
