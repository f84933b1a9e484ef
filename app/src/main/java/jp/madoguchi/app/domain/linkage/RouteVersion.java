package jp.madoguchi.app.domain.linkage;

import java.time.Instant;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/** One stored version of a procedure's linkage route, with who saved it and when. */
public record RouteVersion(
    long routeId,
    String procedureCode,
    String routeName,
    int version,
    LinkageRouteConfig config,
    String author,
    Instant createdAt) {}
