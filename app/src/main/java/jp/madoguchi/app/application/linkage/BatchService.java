package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.Batches;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.integration.config.FileEncoding;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;

/**
 * 一括取込: a core-system job claims pending BATCH deliveries into a batch whose file is rendered once
 * and stored (every download is the same bytes), then acknowledges it with per-receipt rejections.
 * A batch not acknowledged within its lease is released and its deliveries offered again.
 */
@ApplicationScoped
public class BatchService {

  public static final int MAX_LIMIT = 100_000;

  /** A new batch: its id and how many deliveries it holds. */
  public record Claimed(String batchId, int count) {}

  /** The outcome of an acknowledgement. */
  public record Acknowledged(int delivered, int rejected) {}

  @Inject Batches batches;
  @Inject Deliveries deliveries;
  @Inject ApplicationRepository applications;
  @Inject LinkageRoutes routes;
  @Inject DeliveryRecords records;
  @Inject LinkageCompletion completion;
  @Inject LinkageSettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Optional<Claimed> claim(String procedureCode, int limit, String job) {
    if (procedureCode == null || procedureCode.isBlank() || limit < 1 || limit > MAX_LIMIT) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "procedure と limit（1〜" + MAX_LIMIT + "）を指定してください");
    }
    Instant now = clock.instant();
    batches.releaseExpired(now);
    List<DeliveryView> claimed = batches.claimPending(procedureCode, limit);
    if (claimed.isEmpty()) {
      return Optional.empty();
    }
    UUID batchId = UUID.randomUUID();
    RecordRenderer renderer = new RecordRenderer();
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    FileSettings first = null;
    for (DeliveryView delivery : claimed) {
      FileSettings settingsOfRoute = fileSettings(delivery);
      if (first == null) {
        first = settingsOfRoute;
        file.writeBytes(renderer.header(first));
      }
      Application application = applications.findById(delivery.applicationId()).orElseThrow();
      RenderedRecord rendered =
          renderer.render(
              records.of(delivery.id(), application, settingsOfRoute.includesMyNumber()),
              settingsOfRoute.withoutHeader());
      file.writeBytes(rendered.content());
      if (rendered.needsClerkReview()) {
        batches.flag(delivery.id(), rendered.reviewReason());
      }
    }
    List<UUID> ids = claimed.stream().map(DeliveryView::id).toList();
    batches.create(
        batchId,
        procedureCode,
        job,
        now,
        now.plus(settings.batchLease()),
        ids,
        mediaType(first.encoding()),
        file.toByteArray());
    return Optional.of(new Claimed(batchId.toString(), ids.size()));
  }

  @Transactional
  public Batches.BatchFile file(UUID batchId, String job) {
    Batches.BatchFile file = batches.find(batchId).orElseThrow(() -> notFound(batchId));
    audit.append(job, AuditAction.BATCH_EXPORTED, file.procedureCode(), "batch=" + batchId);
    return file;
  }

  /** {@code rejected}: receipt number → the core system's reason. */
  @Transactional
  public Acknowledged acknowledge(UUID batchId, Map<String, String> rejected, String job) {
    Batches.BatchFile file = batches.find(batchId).orElseThrow(() -> notFound(batchId));
    if (!file.open()) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "この一括ファイルは確認済みか、期限切れで解放されています");
    }
    List<DeliveryView> held = batches.deliveriesOf(batchId);
    Map<String, String> unknown = new HashMap<>(rejected);
    held.forEach(d -> unknown.remove(d.receiptNumber()));
    if (!unknown.isEmpty()) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED,
          "この一括ファイルにない受付番号です: " + String.join(", ", unknown.keySet()));
    }
    Instant now = clock.instant();
    List<Application> touched = new ArrayList<>();
    int delivered = 0;
    for (DeliveryView delivery : held) {
      touched.add(completion.lockApplication(delivery.applicationId()));
      if (rejected.containsKey(delivery.receiptNumber())) {
        batches.reject(delivery.id(), rejected.get(delivery.receiptNumber()), now);
      } else {
        deliveries.confirm(delivery.id(), DeliveryStatus.IN_BATCH, "batch:" + batchId, now);
        delivered++;
      }
    }
    batches.acknowledge(batchId, now);
    touched.forEach(application -> completion.linkIfAllDelivered(application, now));
    return new Acknowledged(delivered, held.size() - delivered);
  }

  private FileSettings fileSettings(DeliveryView delivery) {
    return routes.history(delivery.procedureCode(), delivery.routeName()).stream()
        .filter(r -> r.version() == delivery.routeVersion())
        .findFirst()
        .orElseThrow()
        .config()
        .file();
  }

  static String mediaType(FileEncoding encoding) {
    return encoding == FileEncoding.CP932
        ? "text/csv; charset=windows-31j"
        : "text/csv; charset=UTF-8";
  }

  private static ApplicationProblem notFound(UUID batchId) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "一括ファイル " + batchId + " はありません");
  }
}
