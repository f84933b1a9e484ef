package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.domain.linkage.DeliveryBacklog;
import jp.madoguchi.app.domain.linkage.DeliveryStatus;

/**
 * The {@link DeliveryBacklog} read from the database, for the operator metrics. Every route is
 * listed, with 0 when nothing waits. The count reads only the waiting and parked rows through the
 * index on (status, route_id) of V125, not the delivered ones.
 */
@ApplicationScoped
public class JpaDeliveryBacklog implements DeliveryBacklog {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  @Transactional
  @SuppressWarnings("unchecked")
  public List<Row> perRoute() {
    Map<Long, String[]> routes = new LinkedHashMap<>();
    List<Object[]> named =
        em.createNativeQuery(
                "SELECT id, procedure_code, route_name FROM linkage_route"
                    + " ORDER BY procedure_code, route_name")
            .getResultList();
    for (Object[] route : named) {
      routes.put(
          ((Number) route[0]).longValue(), new String[] {(String) route[1], (String) route[2]});
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    List<Object[]> grouped =
        em.createNativeQuery(
                "SELECT route_id, status, COUNT(*) FROM delivery WHERE status IN (?1, ?2)"
                    + " GROUP BY route_id, status")
            .setParameter(1, DeliveryStatus.PENDING.name())
            .setParameter(2, DeliveryStatus.PARKED.name())
            .getResultList();
    for (Object[] row : grouped) {
      counts.put(((Number) row[0]).longValue() + "/" + row[1], ((Number) row[2]).longValue());
    }
    List<Row> rows = new ArrayList<>();
    routes.forEach(
        (id, route) -> {
          for (DeliveryStatus status : COUNTED) {
            rows.add(
                new Row(route[0], route[1], status, counts.getOrDefault(id + "/" + status, 0L)));
          }
        });
    return rows;
  }
}
