package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.linkage.AttemptView;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;
import jp.madoguchi.app.domain.linkage.DeliveryView;
import jp.madoguchi.app.domain.linkage.RouteVersion;

/** The delivery outbox in table {@code delivery}, in the caller's transaction. */
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
  public UUID create(UUID applicationId, String receiptNumber, RouteVersion route, Instant now) {
    UUID id = UUID.randomUUID();
    em.createNativeQuery(
            "INSERT INTO delivery (id, application_id, receipt_number, procedure_code, route_id,"
                + " route_version, pattern, status, attempts, next_attempt_at, created_at,"
                + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, ?9, ?9)")
        .setParameter(1, id)
        .setParameter(2, applicationId)
        .setParameter(3, receiptNumber)
        .setParameter(4, route.procedureCode())
        .setParameter(5, route.routeId())
        .setParameter(6, route.version())
        .setParameter(7, route.config().pattern().name())
        .setParameter(8, DeliveryStatus.initial(route.config().pattern()).name())
        .setParameter(9, now)
        .executeUpdate();
    return id;
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

  @Override
  public boolean replay(UUID id, Instant now) {
    return em.createNativeQuery(REPLAY + "WHERE id = ?2 AND status = 'PARKED'")
            .setParameter(1, now)
            .setParameter(2, id)
            .executeUpdate()
        == 1;
  }

  @Override
  public int replayAll(DeliveryStatus status, String procedureCode, Instant now) {
    String sql =
        REPLAY + "WHERE status = ?2" + (procedureCode == null ? "" : " AND procedure_code = ?3");
    var query = em.createNativeQuery(sql).setParameter(1, now).setParameter(2, status.name());
    if (procedureCode != null) {
      query.setParameter(3, procedureCode);
    }
    return query.executeUpdate();
  }

  @Override
  public boolean replayOnto(UUID id, RouteVersion current, String actor, Instant now) {
    String where = "WHERE id = ?4 AND status = 'PARKED' AND route_id = ?5";
    noteRebinding(where, id, current, actor, now);
    return rebind(where, id, current, now) == 1;
  }

  @Override
  public int replayAllOnto(RouteVersion current, String actor, Instant now) {
    String where = "WHERE 1 = ?4 AND status = 'PARKED' AND route_id = ?5";
    noteRebinding(where, 1, current, actor, now);
    return rebind(where, 1, current, now);
  }

  /**
   * The history entry of every delivery about to be rebound (an attempt row of outcome REBOUND).
   */
  private void noteRebinding(
      String where, Object key, RouteVersion current, String actor, Instant now) {
    em.createNativeQuery(
            "INSERT INTO delivery_attempt (delivery_id, started_at, duration_ms, outcome, node,"
                + " error_text) SELECT id, ?1, 0, 'REBOUND', NULL, ?2 || CAST(route_version AS"
                + " VARCHAR(12)) || ?3 FROM delivery "
                + where)
        .setParameter(1, now)
        .setParameter(2, "現在の設定で再送（" + actor + "）: 版 ")
        .setParameter(3, " → 版 " + current.version())
        .setParameter(4, key)
        .setParameter(5, current.routeId())
        .executeUpdate();
  }

  private int rebind(String where, Object key, RouteVersion current, Instant now) {
    return em.createNativeQuery(
            "UPDATE delivery SET route_version = ?1, pattern = ?2, status = ?3, attempts = 0,"
                + " next_attempt_at = ?6, lease_owner = NULL, lease_token = NULL,"
                + " lease_until = NULL, batch_id = NULL, updated_at = ?6 "
                + where)
        .setParameter(1, current.version())
        .setParameter(2, current.config().pattern().name())
        .setParameter(3, DeliveryStatus.initial(current.config().pattern()).name())
        .setParameter(4, key)
        .setParameter(5, current.routeId())
        .setParameter(6, now)
        .executeUpdate();
  }

  private static final String REPLAY =
      "UPDATE delivery SET status = CASE WHEN pattern = 'MANUAL' THEN 'WAITING_MANUAL'"
          + " ELSE 'PENDING' END, attempts = 0, next_attempt_at = ?1, lease_owner = NULL,"
          + " lease_token = NULL, lease_until = NULL, batch_id = NULL, updated_at = ?1 ";

  @Override
  public boolean confirm(UUID id, DeliveryStatus from, String coreReference, Instant now) {
    return em.createNativeQuery(
                "UPDATE delivery SET status = 'DELIVERED', core_reference = ?1, updated_at = ?2,"
                    + " lease_owner = NULL, lease_token = NULL, lease_until = NULL"
                    + " WHERE id = ?3 AND status = ?4")
            .setParameter(1, coreReference)
            .setParameter(2, now)
            .setParameter(3, id)
            .setParameter(4, from.name())
            .executeUpdate()
        == 1;
  }

  private List<DeliveryView> views(String sql, Object... parameters) {
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
