package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/** Where linkage routes and all their versions are kept. */
public interface LinkageRoutes {

  /** The current version of every route, by procedure and route order. */
  List<RouteVersion> current();

  /** The current versions of the procedure's routes, in route order. */
  List<RouteVersion> currentFor(String procedureCode);

  Optional<RouteVersion> current(String procedureCode, String routeName);

  /** Stores the configuration as the route's next version (creating the route if new). */
  RouteVersion save(
      String procedureCode, String routeName, LinkageRouteConfig config, String author, Instant at);

  /** All versions of the route, oldest first. */
  List<RouteVersion> history(String procedureCode, String routeName);

  Optional<RouteVersion> version(long routeId, int version);

  /**
   * Seals the secrets that route versions saved before they were write-only hold in clear; returns
   * how many versions were sealed.
   */
  int sealClearSecrets();
}
