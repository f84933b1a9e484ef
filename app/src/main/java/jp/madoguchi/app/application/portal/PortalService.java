package jp.madoguchi.app.application.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.intake.CanonicalJson;
import jp.madoguchi.app.application.intake.SubmissionChecks;
import jp.madoguchi.app.application.intake.SubmissionValidator;
import jp.madoguchi.app.application.workflow.ApplicationViews;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.FieldChange;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.StatusChange;
import jp.madoguchi.app.domain.application.StatusFeed;
import jp.madoguchi.app.domain.application.Submission;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * The portal's steps after submission: resubmission after 補正, withdrawal, the status feed. Each
 * client reaches only the applications it submitted (others are unknown to it: 404).
 */
@ApplicationScoped
public class PortalService {

  private static final Logger LOG = Logger.getLogger(PortalService.class.getName());
  public static final int MAX_FEED_PAGE = 500;

  @Inject ApplicationRepository applications;
  @Inject SubmissionValidator validator;
  @Inject StatusFeed feed;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject PortalClients clients;

  /** 再提出: validated like a new application; replays of the same resubmission answer again. */
  @Transactional
  public Application resubmit(String receiptNumber, JsonNode body, String actor) {
    Application application = load(receiptNumber, actor);
    SubmissionChecks checks = new SubmissionChecks();
    String bodyReceipt = checks.text(body, "receiptNumber");
    checks.receiptNumber(bodyReceipt);
    if (bodyReceipt != null && !bodyReceipt.equals(receiptNumber)) {
      checks.add("receiptNumber", "mismatch", "本文の受付番号がURLの受付番号と一致しません");
    }
    String sha256 = CanonicalJson.sha256(body);
    if (application.wasEverSubmittedAs(sha256)
        && application.status() != ApplicationStatus.RETURNED_FOR_CORRECTION) {
      return application;
    }
    if (application.status() != ApplicationStatus.RETURNED_FOR_CORRECTION) {
      throw new ApplicationProblem(
          ProblemType.CONFLICT, "補正依頼中の申請だけが再提出できます（現在の状態: " + application.status().label() + "）");
    }
    Submission corrected = validator.validate(body, checks, sha256);
    if (!corrected.procedureCode().equals(application.procedureCode())) {
      throw ApplicationProblem.invalid(
          List.of(
              new jp.madoguchi.forms.validation.Violation(
                  "procedureCode", "mismatch", "再提出で手続を変えることはできません")));
    }
    List<FieldChange> changes = new ArrayList<>();
    changes.addAll(
        FieldDiff.between(
            "applicant",
            ApplicationViews.JSON.valueToTree(ApplicationViews.applicant(application.applicant())),
            ApplicationViews.JSON.valueToTree(ApplicationViews.applicant(corrected.applicant()))));
    changes.addAll(
        FieldDiff.between(
            "form",
            ApplicationViews.parse(application.formJson()),
            ApplicationViews.parse(corrected.formJson())));
    application.resubmit(
        corrected,
        json(ApplicationViews.applicant(application.applicant())),
        json(changes),
        actor,
        clock.instant());
    applications.update(application);
    audit.append(
        actor,
        AuditAction.APPLICATION_RESUBMITTED,
        receiptNumber,
        "revision=" + application.revision() + " changedFields=" + changes.size());
    LOG.info(() -> "再提出 receipt=" + receiptNumber + " changedFields=" + changes.size());
    return application;
  }

  /** 取下げ by the resident, before acceptance. */
  @Transactional
  public Application withdraw(String receiptNumber, String reason, String actor) {
    Application application = load(receiptNumber, actor);
    if (application.status() == ApplicationStatus.WITHDRAWN) {
      return application;
    }
    application.withdraw(reason, actor, clock.instant());
    applications.update(application);
    audit.append(actor, AuditAction.APPLICATION_WITHDRAWN, receiptNumber, null);
    LOG.info(() -> "取下げ receipt=" + receiptNumber);
    return application;
  }

  /** One page of the status-change feed, read in a single transaction. */
  public record FeedPage(List<FeedItem> items, String nextCursor) {}

  public record FeedItem(
      String receiptNumber, String portalStatus, String status, String at, String message) {}

  /**
   * The caller's changes after {@code cursor}. Feed positions are global; the page holds the
   * caller's own changes only, and when it is not full its cursor moves on to the last position
   * committed (every smaller one is committed too: positions are given after commit by one
   * sequencer round at a time, docs/sequencing.md), so that the next poll does not scan other
   * clients' changes again.
   */
  @Transactional
  public FeedPage changesAfter(String cursor, int limit, String caller) {
    if (limit < 1 || limit > MAX_FEED_PAGE) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "limit は1〜" + MAX_FEED_PAGE + "で指定してください");
    }
    long after;
    try {
      after = cursor == null || cursor.isBlank() ? 0 : Long.parseLong(cursor);
    } catch (NumberFormatException e) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "after（カーソル）が正しくありません");
    }
    long last = feed.lastPosition();
    List<StatusChange> changes =
        after >= last
            ? List.of()
            : feed.after(after, last, clients.scopeOf(caller).submitterNames(), limit);
    List<FeedItem> items =
        changes.stream()
            .map(
                c ->
                    new FeedItem(
                        c.application().receiptNumber().value(),
                        c.to().portalStatus().label(),
                        c.to().name(),
                        c.changedAt().toString(),
                        messageFor(c)))
            .toList();
    long next =
        changes.size() == limit
            ? changes.get(changes.size() - 1).feedPosition()
            : Math.max(after, last);
    return new FeedPage(items, Long.toString(next));
  }

  /** What the resident is told with each change: the correction request, or the decision. */
  private static String messageFor(StatusChange change) {
    return switch (change.to()) {
      case RETURNED_FOR_CORRECTION -> "補正依頼: " + change.reason();
      case REJECTED -> "却下: " + change.reason();
      case INTAKE_ERROR -> "受付エラー: " + change.reason();
      case WITHDRAWN ->
          change.reason() == null || change.reason().isBlank() ? "取下げ" : "取下げ: " + change.reason();
      default -> null;
    };
  }

  /** The caller's application: another client's is as unknown as a number nobody used. */
  private Application load(String receiptNumber, String caller) {
    if (!ReceiptNumber.isValid(receiptNumber)) {
      throw StatusQuery.notFound(receiptNumber);
    }
    return applications
        .findByReceiptNumber(new ReceiptNumber(receiptNumber))
        .filter(clients.scopeOf(caller)::sees)
        .flatMap(found -> applications.findById(found.id()))
        .orElseThrow(() -> StatusQuery.notFound(receiptNumber));
  }

  private static String json(Object value) {
    try {
      return ApplicationViews.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
