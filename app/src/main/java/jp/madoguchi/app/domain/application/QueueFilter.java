package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.Set;
import jp.madoguchi.app.domain.account.ProcedureScope;

/**
 * What a clerk narrows the intake queue to; null or empty means "any". {@code scope} is not the
 * clerk's choice: it is their account's procedure scope, which no filter widens. {@code order} is
 * how the page is sorted (oldest receipt first unless said otherwise).
 */
public record QueueFilter(
    Set<ApplicationStatus> statuses,
    String procedureCode,
    Instant receivedFrom,
    Instant receivedTo,
    String assignee,
    String text,
    boolean overdueOnly,
    ProcedureScope scope,
    QueueOrder order) {

  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    scope = scope == null ? ProcedureScope.ALL : scope;
    order = order == null ? QueueOrder.RECEIVED : order;
  }

  /** A filter over every procedure, oldest first. */
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
        ProcedureScope.ALL,
        QueueOrder.RECEIVED);
  }

  /** The same filter, limited to the procedures of {@code scope}. */
  public QueueFilter within(ProcedureScope scope) {
    return new QueueFilter(
        statuses,
        procedureCode,
        receivedFrom,
        receivedTo,
        assignee,
        text,
        overdueOnly,
        scope,
        order);
  }

  /** The same filter, sorted by {@code order}. */
  public QueueFilter ordered(QueueOrder order) {
    return new QueueFilter(
        statuses,
        procedureCode,
        receivedFrom,
        receivedTo,
        assignee,
        text,
        overdueOnly,
        scope,
        order);
  }

  /** The same filter with these states. */
  public QueueFilter withStatuses(Set<ApplicationStatus> statuses) {
    return new QueueFilter(
        statuses,
        procedureCode,
        receivedFrom,
        receivedTo,
        assignee,
        text,
        overdueOnly,
        scope,
        order);
  }

  /** The same filter, assigned to {@code assignee}. */
  public QueueFilter withAssignee(String assignee) {
    return new QueueFilter(
        statuses,
        procedureCode,
        receivedFrom,
        receivedTo,
        assignee,
        text,
        overdueOnly,
        scope,
        order);
  }

  /** The search term as {@link SearchKey} compares it, or null for none. */
  public String searchKey() {
    String key = SearchKey.of(text);
    return key == null || key.isEmpty() ? null : key;
  }
}
