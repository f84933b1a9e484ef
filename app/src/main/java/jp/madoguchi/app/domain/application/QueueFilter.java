package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.util.Set;

/** What a clerk narrows the intake queue to; null or empty means "any". */
public record QueueFilter(
    Set<ApplicationStatus> statuses,
    String procedureCode,
    Instant receivedFrom,
    Instant receivedTo,
    String assignee,
    String text,
    boolean overdueOnly) {

  public QueueFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }
}
