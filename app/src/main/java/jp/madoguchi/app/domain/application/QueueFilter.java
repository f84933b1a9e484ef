package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.Set;
import jp.madoguchi.app.domain.account.ProcedureScope;

/**
 * What a clerk narrows the intake queue to; null or empty means "any". {@code scope} is not the
 * clerk's choice: it is their account's procedure scope, which no filter widens.
 */
public record QueueFilter(
    Set<ApplicationStatus> statuses,
    String procedureCode,
    Instant receivedFrom,
    Instant receivedTo,
    String assignee,
    String text,
    boolean overdueOnly,
    ProcedureScope scope) {

  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    scope = scope == null ? ProcedureScope.ALL : scope;
  }

  /** A filter over every procedure. */
  public QueueFilter(
      Set<ApplicationStatus> statuses,
      String procedureCode,
      Instant receivedFrom,
      Instant receivedTo,
      String assignee,
      String text,
      boolean overdueOnly) {
    this(
        statuses,
        procedureCode,
        receivedFrom,
        receivedTo,
        assignee,
        text,
        overdueOnly,
        ProcedureScope.ALL);
  }

  /** The same filter, limited to the procedures of {@code scope}. */
  public QueueFilter within(ProcedureScope scope) {
    return new QueueFilter(
        statuses, procedureCode, receivedFrom, receivedTo, assignee, text, overdueOnly, scope);
  }
}
