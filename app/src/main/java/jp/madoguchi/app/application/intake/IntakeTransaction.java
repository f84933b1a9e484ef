package jp.madoguchi.app.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.madoguchi.app.application.LinkageTrigger;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * Stores a new application, its access-log entry and its ON_RECEIPT deliveries in one transaction
 * of their own, so that a lost race on the receipt number rolls back cleanly and the caller can
 * answer with the winner.
 *
 * <p>Nothing shared is locked: the status change and the access-log entry are written unsequenced
 * and the sequencer numbers and chains them after the commit (docs/sequencing.md).
 */
@ApplicationScoped
public class IntakeTransaction {

  @Inject ApplicationRepository applications;
  @Inject AuditLog audit;
  @Inject LinkageTrigger outbox;
  @Inject IntakeLockHold lockHold;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void store(Application application, String actor) {
    lockHold.firstWrite();
    applications.add(application);
    if (application.status() == ApplicationStatus.RECEIVED) {
      outbox.received(application, application.receivedAt());
    }
    audit.append(
        actor,
        AuditAction.APPLICATION_RECEIVED,
        application.receiptNumber().value(),
        "procedure="
            + application.procedureCode()
            + (application.status() == ApplicationStatus.INTAKE_ERROR ? " 受付エラー" : ""));
  }
}
