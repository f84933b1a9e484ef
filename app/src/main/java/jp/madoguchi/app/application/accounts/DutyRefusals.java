package jp.madoguchi.app.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import jp.madoguchi.app.domain.account.DutyViolation;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * Puts account changes refused by separation of duties in the access log. The refusal rolls the
 * change back, so it is written in a transaction of its own; rules are checked before the change
 * writes any entry of its own.
 */
@ApplicationScoped
public class DutyRefusals {

  @Inject AuditLog audit;

  /** Runs the rules of a change; a refusal is logged and thrown. */
  public void check(String actor, String target, Runnable rules) {
    recorded(
        actor,
        target,
        () -> {
          rules.run();
          return null;
        });
  }

  /** Runs a change (or its rules) and returns its outcome; a refusal is logged and thrown. */
  public <T> T recorded(String actor, String target, Supplier<T> change) {
    try {
      return change.get();
    } catch (DutyViolation refused) {
      audit.appendAlone(actor, AuditAction.ACCOUNT_CHANGE_REFUSED, target, refused.kind().name());
      throw refused;
    }
  }
}
