package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.linkage.AttemptView;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryTally;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.infrastructure.persistence.JdbcBatchInsert;
import jp.madoguchi.integration.config.DeliveryPattern;

/**
 * The delivery outbox in table {@code delivery}, in the caller's transaction: {@link Delivery}
 * aggregates through JPA, native SQL for the {@code SKIP LOCKED} claim and the read views.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaDeliveries implements Deliveries {

  static final String VIEW =
      "SELECT d.id, d.application_id, d.receipt_number, d.procedure_code, r.route_name,"
          + " d.route_version, d.pattern, d.status, d.attempts, d.next_attempt_at,"
          + " d.core_reference, d.last_error, d.flagged_reason, d.created_at, d.updated_at"
          + " FROM delivery d JOIN linkage_route r ON r.id = d.route_id ";

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public void add(Delivery delivery) {
    // the application row (and whatever else came before) is written first: the delivery names it
    // by a plain column, which insert ordering does not see
    em.flush();
    em.persist(delivery);
  }

  @Override
  public Optional<Delivery> lock(UUID id) {
    return Optional.ofNullable(em.find(Delivery.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<Delivery> lockDue(DeliveryPattern pattern, Instant now, int max) {
    // native for FOR UPDATE SKIP LOCKED (H2 2.2 and PostgreSQL): rows other workers hold are
    // skipped, not waited for; the rows locked here are then read as aggregates
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT id FROM delivery WHERE pattern = ?1 AND ((status = ?2 AND next_attempt_at"
                    + " <= ?4) OR (status = ?3 AND lease_until < ?4)) ORDER BY next_attempt_at"
                    + " LIMIT ?5 FOR UPDATE SKIP LOCKED")
            .setParameter(1, pattern.name())
            .setParameter(2, DeliveryStatus.PENDING.name())
            .setParameter(3, DeliveryStatus.IN_PROGRESS.name())
            .setParameter(4, now)
            .setParameter(5, max)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from Delivery d where d.id in :ids order by d.nextAttemptAt", Delivery.class)
        .setParameter("ids", ids.stream().map(NativeRows::uuid).toList())
        .getResultList();
  }

  @Override
  public List<Delivery> lockAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from Delivery d where d.id in :ids order by d.id", Delivery.class)
        .setParameter("ids", List.copyOf(ids))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public Map<UUID, UUID> applicationsOf(Collection<UUID> deliveryIds) {
    Map<UUID, UUID> applications = new HashMap<>();
    if (deliveryIds.isEmpty()) {
      return applications;
    }
    em.createQuery(
            "select d.id, d.applicationId from Delivery d where d.id in :ids", Object[].class)
        .setParameter("ids", List.copyOf(deliveryIds))
        .getResultList()
        .forEach(row -> applications.put((UUID) row[0], (UUID) row[1]));
    return applications;
  }

  @Override
  public List<Delivery> lockParked(String procedureCode) {
    var query =
        em.createQuery(
                "select d from Delivery d where d.status = :status"
                    + (procedureCode == null ? "" : " and d.procedureCode = :procedure"),
                Delivery.class)
            .setParameter("status", DeliveryStatus.PARKED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (procedureCode != null) {
      query.setParameter("procedure", procedureCode);
    }
    return query.getResultList();
  }

  @Override
  public List<Delivery> lockParkedOfRoute(long routeId) {
    return em.createQuery(
            "select d from Delivery d where d.status = :status and d.routeId = :route",
            Delivery.class)
        .setParameter("status", DeliveryStatus.PARKED)
        .setParameter("route", routeId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public void recordAttempts(Map<UUID, AttemptView> attempts, String node) {
    if (attempts.isEmpty()) {
      return;
    }
    em.flush();
    JdbcBatchInsert.insert(
        em,
        "INSERT INTO delivery_attempt (delivery_id, started_at, duration_ms, outcome, node,"
            + " error_text) VALUES (?, ?, ?, ?, ?, ?)",
        attempts.entrySet(),
        (insert, entry) -> {
          AttemptView attempt = entry.getValue();
          insert.setObject(1, entry.getKey());
          insert.setObject(2, attempt.startedAt().atOffset(ZoneOffset.UTC));
          insert.setLong(3, attempt.durationMs());
          insert.setString(4, attempt.outcome());
          insert.setString(5, node);
          insert.setString(6, Delivery.shorten(attempt.errorText()));
        });
  }

  @Override
  public Optional<DeliveryView> find(UUID id) {
    return views(VIEW + "WHERE d.id = ?1", id).stream().findFirst();
  }

  @Override
  public List<DeliveryView> list(
      DeliveryStatus status, String procedureCode, ProcedureScope scope, int limit) {
    return page(status, procedureCode, scope, null, limit);
  }

  @Override
  public List<DeliveryView> page(
      DeliveryStatus status,
      String procedureCode,
      ProcedureScope scope,
      DeliveryView.Key after,
      int limit) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql =
        new StringBuilder(VIEW).append(filter(status, procedureCode, scope, parameters));
    if (after != null) {
      parameters.add(after.createdAt());
      int at = parameters.size();
      parameters.add(after.id());
      sql.append(" AND (d.created_at < ?")
          .append(at)
          .append(" OR (d.created_at = ?")
          .append(at)
          .append(" AND d.id > ?")
          .append(at + 1)
          .append("))");
    }
    parameters.add(limit);
    sql.append(" ORDER BY d.created_at DESC, d.id LIMIT ?").append(parameters.size());
    return views(sql.toString(), parameters.toArray());
  }

  @Override
  public long count(DeliveryStatus status, String procedureCode, ProcedureScope scope) {
    em.flush();
    List<Object> parameters = new ArrayList<>();
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM delivery d " + filter(status, procedureCode, scope, parameters));
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return NativeRows.number(query.getSingleResult());
  }

  private static String filter(
      DeliveryStatus status, String procedureCode, ProcedureScope scope, List<Object> parameters) {
    StringBuilder sql = new StringBuilder("WHERE 1 = 1");
    if (status != null) {
      parameters.add(status.name());
      sql.append(" AND d.status = ?").append(parameters.size());
    }
    if (procedureCode != null) {
      parameters.add(procedureCode);
      sql.append(" AND d.procedure_code = ?").append(parameters.size());
    }
    if (!scope.all()) {
      List<String> marks = new ArrayList<>();
      for (String code : scope.sortedCodes()) {
        parameters.add(code);
        marks.add("?" + parameters.size());
      }
      sql.append(
          marks.isEmpty()
              ? " AND 1 = 0"
              : " AND d.procedure_code IN (" + String.join(", ", marks) + ")");
    }
    return sql.toString();
  }

  @Override
  public List<DeliveryView> ofApplication(UUID applicationId) {
    return views(VIEW + "WHERE d.application_id = ?1 ORDER BY r.ordinal", applicationId);
  }

  @Override
  public Map<UUID, DeliveryTally> talliesOf(Collection<UUID> applicationIds) {
    Map<UUID, DeliveryTally> tallies = new HashMap<>();
    if (applicationIds.isEmpty()) {
      return tallies;
    }
    applicationIds.forEach(id -> tallies.put(id, DeliveryTally.NONE));
    em.flush(); // the counts include what the aggregates of this transaction changed
    em.createQuery(
            "select d.applicationId, d.status, count(d) from Delivery d"
                + " where d.applicationId in :ids group by d.applicationId, d.status",
            Object[].class)
        .setParameter("ids", List.copyOf(applicationIds))
        .getResultList()
        .forEach(
            row -> {
              UUID application = (UUID) row[0];
              tallies.put(
                  application,
                  tallies.get(application).plus((DeliveryStatus) row[1], (Long) row[2]));
            });
    return tallies;
  }

  @Override
  public List<AttemptView> attemptsOf(UUID deliveryId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT started_at, duration_ms, outcome, error_text FROM delivery_attempt"
                    + " WHERE delivery_id = ?1 ORDER BY id")
            .setParameter(1, deliveryId)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new AttemptView(
                    NativeRows.instant(r[0]),
                    NativeRows.number(r[1]),
                    (String) r[2],
                    (String) r[3]))
        .toList();
  }

  private List<DeliveryView> views(String sql, Object... parameters) {
    em.flush(); // the views read what the aggregates of this transaction changed
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream().map(JpaDeliveries::view).toList();
  }

  static DeliveryView view(Object[] r) {
    return new DeliveryView(
        NativeRows.uuid(r[0]),
        NativeRows.uuid(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        NativeRows.integer(r[5]),
        (String) r[6],
        DeliveryStatus.valueOf((String) r[7]),
        NativeRows.integer(r[8]),
        NativeRows.instant(r[9]),
        (String) r[10],
        (String) r[11],
        (String) r[12],
        NativeRows.instant(r[13]),
        NativeRows.instant(r[14]));
  }
}
