package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.ServiceLevels;

/**
 * The dashboard counts kept in {@code queue_count}: applications per status, procedure and day of
 * receipt (Japan), moved by the sequencer's round that numbers the status changes ({@link
 * FeedRows}, V75__queue_counts.sql).
 */
@ApplicationScoped
public class QueueCountTable {

  private static final String OPEN_STATUSES =
      List.of(ApplicationStatus.values()).stream()
          .filter(ApplicationStatus::isOpen)
          .map(status -> "'" + status.name() + "'")
          .collect(Collectors.joining(", "));

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject DatabaseKind database;

  /** The bucket of an application: days since 1970-01-01 of its receipt in Japan. */
  static long receivedDay(Instant receivedAt) {
    return receivedAt.atZone(ServiceLevels.JAPAN).toLocalDate().toEpochDay();
  }

  /** Applications per status, of the procedures in {@code scope}. */
  @Transactional
  public Map<ApplicationStatus, Long> byStatus(ProcedureScope scope) {
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      counts.put(status, 0L);
    }
    Map<Integer, Object> values = new TreeMap<>();
    rows(
            "SELECT status, SUM(applications) FROM queue_count"
                + inScope(scope, values).map(condition -> " WHERE " + condition).orElse("")
                + " GROUP BY status",
            values)
        .forEach(row -> counts.put(ApplicationStatus.valueOf((String) row[0]), number(row[1])));
    return counts;
  }

  /**
   * Applications in {@code statuses} (any when empty) of {@code procedureCode} (any when null)
   * within {@code scope}: the queue's total without reading the application table.
   */
  @Transactional
  public long total(Set<ApplicationStatus> statuses, String procedureCode, ProcedureScope scope) {
    List<String> conditions = new ArrayList<>();
    Map<Integer, Object> values = new TreeMap<>();
    if (!statuses.isEmpty()) {
      List<String> marks = new ArrayList<>();
      for (ApplicationStatus status : new TreeSet<>(statuses)) {
        values.put(values.size() + 1, status.name());
        marks.add("?" + values.size());
      }
      conditions.add("status IN (" + String.join(", ", marks) + ")");
    }
    if (procedureCode != null) {
      values.put(values.size() + 1, procedureCode);
      conditions.add("procedure_code = ?" + values.size());
    }
    inScope(scope, values).ifPresent(conditions::add);
    var query =
        em.createNativeQuery(
            "SELECT COALESCE(SUM(applications), 0) FROM queue_count"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions)));
    values.forEach(query::setParameter);
    return number(query.getSingleResult());
  }

  /** Open applications per procedure in {@code scope}, leaving out procedures with none. */
  @Transactional
  public Map<String, Long> openByProcedure(ProcedureScope scope) {
    Map<String, Long> counts = new TreeMap<>();
    Map<Integer, Object> values = new TreeMap<>();
    rows(
            "SELECT procedure_code, SUM(applications) FROM queue_count WHERE status IN ("
                + OPEN_STATUSES
                + ")"
                + inScope(scope, values).map(condition -> " AND " + condition).orElse("")
                + " GROUP BY procedure_code HAVING SUM(applications) <> 0",
            values)
        .forEach(row -> counts.put((String) row[0], number(row[1])));
    return counts;
  }

  /**
   * Open applications received before their procedure's cutoff. The cutoff is the start of a day in
   * Japan, so "received before it" is "received on an earlier day".
   */
  @Transactional
  public long overdue(ServiceLevels levels, Instant now, ProcedureScope scope) {
    List<String> perProcedure = new ArrayList<>();
    Map<Integer, Object> values = new TreeMap<>();
    int i = 1;
    for (String code : levels.daysByProcedure().keySet()) {
      perProcedure.add("(procedure_code = ?" + i + " AND received_day < ?" + (i + 1) + ")");
      values.put(i, code);
      values.put(i + 1, (int) receivedDay(levels.overdueCutoff(code, now)));
      i += 2;
    }
    StringBuilder others = new StringBuilder("(received_day < ?" + i);
    values.put(i, (int) receivedDay(levels.overdueCutoff("", now)));
    i++;
    for (String code : levels.daysByProcedure().keySet()) {
      others.append(" AND procedure_code <> ?").append(i);
      values.put(i, code);
      i++;
    }
    perProcedure.add(others.append(")").toString());
    var query =
        em.createNativeQuery(
            "SELECT COALESCE(SUM(applications), 0) FROM queue_count WHERE status IN ("
                + OPEN_STATUSES
                + ") AND ("
                + String.join(" OR ", perProcedure)
                + ")"
                + inScope(scope, values).map(condition -> " AND " + condition).orElse(""));
    values.forEach(query::setParameter);
    return number(query.getSingleResult());
  }

  /**
   * {@code "procedure_code IN (?n, …)"} for a limited scope, its codes added to {@code values}
   * after the parameters numbered 1.. already there; none for every procedure.
   */
  private static Optional<String> inScope(ProcedureScope scope, Map<Integer, Object> values) {
    if (scope.all()) {
      return Optional.empty();
    }
    if (scope.codes().isEmpty()) {
      return Optional.of("1 = 0");
    }
    List<String> marks = new ArrayList<>();
    for (String code : scope.sortedCodes()) {
      int index = values.size() + 1;
      values.put(index, code);
      marks.add("?" + index);
    }
    return Optional.of("procedure_code IN (" + String.join(", ", marks) + ")");
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Map<Integer, Object> values) {
    var query = em.createNativeQuery(sql);
    values.forEach(query::setParameter);
    return query.getResultList();
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }
}
