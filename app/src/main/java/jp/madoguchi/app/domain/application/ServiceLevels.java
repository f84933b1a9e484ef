package jp.madoguchi.app.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * 標準処理期間: how many days a procedure's applications may stay open before they are overdue, per
 * procedure, with a default for the rest.
 */
public record ServiceLevels(int defaultDays, Map<String, Integer> daysByProcedure) {

  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  public ServiceLevels {
    daysByProcedure = Map.copyOf(daysByProcedure);
  }

  public int daysFor(String procedureCode) {
    return daysByProcedure.getOrDefault(procedureCode, defaultDays);
  }

  /** The last day (JST) the application is on time. */
  public LocalDate dueDate(Application application) {
    return application
        .receivedAt()
        .atZone(JAPAN)
        .toLocalDate()
        .plusDays(daysFor(application.procedureCode()));
  }

  public boolean isOverdue(Application application, Instant now) {
    return application.status().isOpen()
        && now.atZone(JAPAN).toLocalDate().isAfter(dueDate(application));
  }

  /** Received before this instant and still open means overdue, for this procedure. */
  public Instant overdueCutoff(String procedureCode, Instant now) {
    return now.atZone(JAPAN)
        .toLocalDate()
        .minusDays(daysFor(procedureCode))
        .atStartOfDay(JAPAN)
        .toInstant();
  }
}
