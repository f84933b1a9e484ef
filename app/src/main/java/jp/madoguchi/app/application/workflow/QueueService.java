package jp.madoguchi.app.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.Attachment;
import jp.madoguchi.app.domain.application.IntakeQueue;
import jp.madoguchi.app.domain.application.QueueFilter;
import jp.madoguchi.app.domain.application.QueueOrder;
import jp.madoguchi.app.domain.application.QueuePosition;
import jp.madoguchi.app.domain.application.QueueView;
import jp.madoguchi.app.domain.application.ServiceLevelStore;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.pdf.ApplicationPdf;

/** What clerks read: the queue, one application, its history and its files. */
@ApplicationScoped
public class QueueService {

  public static final int MAX_PAGE = 200;

  @Inject IntakeQueue queue;
  @Inject ApplicationViews views;
  @Inject ServiceLevelStore serviceLevels;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject ProcedureAccess access;

  /**
   * The queue as {@code viewer} may see it: only the procedures of their scope, narrowed to {@code
   * view} (自分の担当 is the viewer's own).
   */
  @Transactional
  public QueuePage list(
      QueueFilter requested, QueueView view, String cursor, int limit, String viewer) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "limit は1〜" + MAX_PAGE + "で指定してください");
    }
    Optional<QueuePosition> after;
    try {
      after = QueuePosition.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "cursor が正しくありません");
    }
    boolean byDue = requested.order() == QueueOrder.DUE;
    if (byDue && after.isPresent() && after.get().due() == null) {
      throw new ApplicationProblem(
          ProblemType.MALFORMED_REQUEST, "cursor は処理期限順（sort=due）のものではありません");
    }
    QueueFilter filter = view.apply(requested, viewer).within(access.scopeOf(viewer));
    ServiceLevels levels = serviceLevels.current();
    Instant now = clock.instant();
    List<Application> page = queue.page(filter, after, limit + 1, levels, now);
    boolean more = page.size() > limit;
    List<Application> shown = more ? page.subList(0, limit) : page;
    String next = null;
    if (more) {
      Application last = shown.get(limit - 1);
      next =
          new QueuePosition(last.receivedAt(), last.id(), byDue ? levels.dueDate(last) : null)
              .encode();
    }
    return new QueuePage(
        shown.stream().map(a -> views.item(a, levels, now)).toList(),
        next,
        queue.count(filter, levels, now));
  }

  /** The dashboard counts over the procedures of {@code viewer}'s scope. */
  @Transactional
  public QueueCounts counts(String viewer) {
    ProcedureScope scope = access.scopeOf(viewer);
    Map<String, Long> byStatus = new LinkedHashMap<>();
    queue.countByStatus(scope).forEach((status, count) -> byStatus.put(status.name(), count));
    return new QueueCounts(
        byStatus,
        queue.openByProcedure(scope),
        queue.overdue(serviceLevels.current(), clock.instant(), scope));
  }

  @Transactional
  public ApplicationDetails detail(UUID id, String viewer) {
    Application application = access.application(id, viewer);
    audit.append(viewer, AuditAction.APPLICATION_VIEWED, application.receiptNumber().value(), null);
    return views.details(application, serviceLevels.current(), clock.instant(), viewer);
  }

  @Transactional
  public List<HistoryEntry> history(UUID id, String viewer) {
    Application application = access.application(id, viewer);
    audit.append(
        viewer, AuditAction.APPLICATION_HISTORY_VIEWED, application.receiptNumber().value(), null);
    return views.history(application);
  }

  /** A file as stored, for download. */
  public record AttachmentFile(String name, String mediaType, byte[] content) {}

  /** The sanitised copy (無害化済み), what clerks work with. */
  @Transactional
  public AttachmentFile attachment(UUID id, UUID attachmentId, String viewer) {
    return file(id, attachmentId, viewer, false);
  }

  /** The original as received (原本), for supervisors. */
  @Transactional
  public AttachmentFile original(UUID id, UUID attachmentId, String viewer) {
    return file(id, attachmentId, viewer, true);
  }

  private AttachmentFile file(UUID id, UUID attachmentId, String viewer, boolean original) {
    Application application = access.application(id, viewer);
    Attachment attachment =
        application.attachments().stream()
            .filter(a -> a.id().equals(attachmentId))
            .findFirst()
            .orElseThrow(
                () ->
                    new ApplicationProblem(
                        ProblemType.NOT_FOUND, "添付ファイル " + attachmentId + " はありません"));
    audit.append(
        viewer,
        AuditAction.ATTACHMENT_DOWNLOADED,
        application.receiptNumber().value(),
        (original ? "original " : "sanitised ")
            + "attachment="
            + attachmentId
            + " sha256="
            + (original ? attachment.sha256() : attachment.sanitisedSha256()));
    return new AttachmentFile(
        attachment.fileName(),
        attachment.mediaType(),
        original ? attachment.original() : attachment.content());
  }

  /** 申請書 PDF, rendered with the definition version the application was validated against. */
  @Transactional
  public byte[] pdf(UUID id, String viewer) {
    Application application = access.application(id, viewer);
    audit.append(
        viewer, AuditAction.APPLICATION_PDF_VIEWED, application.receiptNumber().value(), null);
    return new ApplicationPdf().render(views.document(application));
  }
}
