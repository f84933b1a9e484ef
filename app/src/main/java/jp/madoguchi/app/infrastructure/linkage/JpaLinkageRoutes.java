package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/**
 * Linkage routes and their versions in {@code linkage_route} and {@code linkage_route_version};
 * secret header values are stored sealed ({@link RouteSecrets}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaLinkageRoutes implements LinkageRoutes {

  private static final String SELECT =
      "SELECT r.id, r.procedure_code, r.route_name, v.version, v.config_json, v.author,"
          + " v.created_at FROM linkage_route r JOIN linkage_route_version v ON v.route_id = r.id ";
  private static final String CURRENT = SELECT + "AND v.version = r.current_version ";

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject RouteSecrets secrets;

  @Override
  public List<RouteVersion> current() {
    return query(CURRENT + "ORDER BY r.procedure_code, r.ordinal");
  }

  @Override
  public List<RouteVersion> currentFor(String procedureCode) {
    return query(CURRENT + "WHERE r.procedure_code = ?1 ORDER BY r.ordinal", procedureCode);
  }

  @Override
  public Optional<RouteVersion> current(String procedureCode, String routeName) {
    return query(
            CURRENT + "WHERE r.procedure_code = ?1 AND r.route_name = ?2", procedureCode, routeName)
        .stream()
        .findFirst();
  }

  @Override
  public RouteVersion save(
      String procedureCode,
      String routeName,
      LinkageRouteConfig config,
      String author,
      Instant at) {
    List<?> locked =
        em.createNativeQuery(
                "SELECT id FROM linkage_route WHERE procedure_code = ?1 AND route_name = ?2"
                    + " FOR UPDATE")
            .setParameter(1, procedureCode)
            .setParameter(2, routeName)
            .getResultList();
    long routeId;
    if (locked.isEmpty()) {
      Number ordinal =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM linkage_route WHERE procedure_code = ?1")
                  .setParameter(1, procedureCode)
                  .getSingleResult();
      em.createNativeQuery(
              "INSERT INTO linkage_route (procedure_code, route_name, ordinal, current_version)"
                  + " VALUES (?1, ?2, ?3, 0)")
          .setParameter(1, procedureCode)
          .setParameter(2, routeName)
          .setParameter(3, ordinal.intValue())
          .executeUpdate();
      routeId = NativeRows.number(locked(procedureCode, routeName));
    } else {
      routeId = NativeRows.number(locked.get(0));
    }
    em.createNativeQuery(
            "UPDATE linkage_route SET current_version = current_version + 1 WHERE id = ?1")
        .setParameter(1, routeId)
        .executeUpdate();
    int version =
        NativeRows.integer(
            em.createNativeQuery("SELECT current_version FROM linkage_route WHERE id = ?1")
                .setParameter(1, routeId)
                .getSingleResult());
    em.createNativeQuery(
            "INSERT INTO linkage_route_version (route_id, version, config_json, author, created_at)"
                + " VALUES (?1, ?2, ?3, ?4, ?5)")
        .setParameter(1, routeId)
        .setParameter(2, version)
        .setParameter(3, RouteConfigCodec.write(secrets.seal(config)))
        .setParameter(4, author)
        .setParameter(5, at)
        .executeUpdate();
    return new RouteVersion(routeId, procedureCode, routeName, version, config, author, at);
  }

  private Object locked(String procedureCode, String routeName) {
    return em.createNativeQuery(
            "SELECT id FROM linkage_route WHERE procedure_code = ?1 AND route_name = ?2 FOR UPDATE")
        .setParameter(1, procedureCode)
        .setParameter(2, routeName)
        .getSingleResult();
  }

  @Override
  public List<RouteVersion> history(String procedureCode, String routeName) {
    return query(
        SELECT + "WHERE r.procedure_code = ?1 AND r.route_name = ?2 ORDER BY v.version",
        procedureCode,
        routeName);
  }

  /** Saved route versions never change: the engine looks each up once, not once per delivery. */
  private static final int MAX_CACHED_VERSIONS = 1_000;

  private final Map<String, RouteVersion> versions = new ConcurrentHashMap<>();

  @Override
  public Optional<RouteVersion> version(long routeId, int version) {
    String key = routeId + "#" + version;
    RouteVersion cached = versions.get(key);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<RouteVersion> found =
        query(SELECT + "WHERE r.id = ?1 AND v.version = ?2", routeId, version).stream().findFirst();
    found.ifPresent(
        v -> {
          if (versions.size() >= MAX_CACHED_VERSIONS) {
            versions.clear();
          }
          versions.put(key, v);
        });
    return found;
  }

  @Override
  public int sealClearSecrets() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT route_id, version, config_json FROM linkage_route_version FOR UPDATE")
            .getResultList();
    int sealed = 0;
    for (Object[] r : rows) {
      LinkageRouteConfig stored = RouteConfigCodec.read(NativeRows.text(r[2]));
      if (secrets.hasClearSecret(stored)) {
        em.createNativeQuery(
                "UPDATE linkage_route_version SET config_json = ?1 WHERE route_id = ?2"
                    + " AND version = ?3")
            .setParameter(1, RouteConfigCodec.write(secrets.seal(stored)))
            .setParameter(2, NativeRows.number(r[0]))
            .setParameter(3, NativeRows.integer(r[1]))
            .executeUpdate();
        sealed++;
      }
    }
    versions.clear();
    return sealed;
  }

  private List<RouteVersion> query(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .map(
            r ->
                new RouteVersion(
                    NativeRows.number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    NativeRows.integer(r[3]),
                    secrets.open(RouteConfigCodec.read(NativeRows.text(r[4]))),
                    (String) r[5],
                    NativeRows.instant(r[6])))
        .toList();
  }
}
