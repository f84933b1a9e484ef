package jp.madoguchi.app.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.LinkageTrigger;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ServiceLevelStore;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * The clerk's steps on one application: transitions with optimistic locking, assignment and
 * internal notes. Each call is one transaction.
 */
@ApplicationScoped
public class WorkflowService {

  private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

  @Inject ApplicationRepository applications;
  @Inject Clock clock;
  @Inject ApplicationViews views;
  @Inject ServiceLevelStore serviceLevels;
  @Inject AuditLog audit;
  @Inject LinkageTrigger outbox;
  @Inject ProcedureAccess access;

  @Transactional
  public ApplicationDetails transition(
      UUID id, WorkflowAction action, String reason, Long expectedVersion, String clerk) {
    if (expectedVersion == null) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "expectedVersion は必須です");
    }
    Application application = load(id, clerk);
    application.checkVersion(expectedVersion);
    var now = clock.instant();
    boolean unassigned = application.assignee() == null;
    switch (action) {
      case START_REVIEW -> application.startReview(clerk, now);
      case REQUEST_CORRECTION -> application.returnForCorrection(reason, clerk, now);
      case ACCEPT -> application.accept(clerk, now);
      case REJECT -> application.reject(reason, clerk, now);
      case COMPLETE -> application.complete(outbox.hasDeliveries(application), clerk, now);
    }
    applications.update(application);
    if (action == WorkflowAction.ACCEPT) {
      outbox.accepted(application, now);
    }
    audit.append(
        clerk,
        AuditAction.APPLICATION_TRANSITIONED,
        application.receiptNumber().value(),
        action + " -> " + application.status());
    if (unassigned && application.assignee() != null) {
      audit.append(
          clerk,
          AuditAction.APPLICATION_ASSIGNED,
          application.receiptNumber().value(),
          "claim on " + action);
    }
    LOG.info(
        () ->
            "遷移 receipt="
                + application.receiptNumber()
                + " action="
                + action
                + " status="
                + application.status());
    return views.details(application, serviceLevels.current(), clock.instant(), clerk);
  }

  @Transactional
  public ApplicationDetails claim(UUID id, String clerk) {
    Application application = load(id, clerk);
    application.claim(clerk);
    applications.update(application);
    audit.append(
        clerk, AuditAction.APPLICATION_ASSIGNED, application.receiptNumber().value(), "claim");
    return views.details(application, serviceLevels.current(), clock.instant(), clerk);
  }

  @Transactional
  public ApplicationDetails release(UUID id, String clerk, boolean supervisor) {
    Application application = load(id, clerk);
    application.release(clerk, supervisor);
    applications.update(application);
    audit.append(
        clerk, AuditAction.APPLICATION_ASSIGNED, application.receiptNumber().value(), "release");
    return views.details(application, serviceLevels.current(), clock.instant(), clerk);
  }

  @Transactional
  public ApplicationDetails reassign(UUID id, String assignee, String supervisor) {
    if (assignee == null || assignee.isBlank()) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "担当者（assignee）を指定してください");
    }
    Application application = load(id, supervisor);
    application.reassign(assignee);
    applications.update(application);
    audit.append(
        supervisor,
        AuditAction.APPLICATION_ASSIGNED,
        application.receiptNumber().value(),
        "assign to " + assignee);
    return views.details(application, serviceLevels.current(), clock.instant(), supervisor);
  }

  @Transactional
  public ApplicationDetails comment(UUID id, String body, String author) {
    if (body == null || body.isBlank() || body.length() > 2000) {
      throw new ApplicationProblem(ProblemType.VALIDATION_FAILED, "メモは1〜2000文字で入力してください");
    }
    Application application = load(id, author);
    application.addComment(author, body, clock.instant());
    applications.update(application);
    audit.append(
        author, AuditAction.APPLICATION_COMMENTED, application.receiptNumber().value(), null);
    return views.details(application, serviceLevels.current(), clock.instant(), author);
  }

  private Application load(UUID id, String user) {
    return access.application(id, user);
  }
}
