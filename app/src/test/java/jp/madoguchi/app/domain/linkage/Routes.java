package jp.madoguchi.app.domain.linkage;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import jp.madoguchi.integration.config.ApiSettings;
import jp.madoguchi.integration.config.ColumnSpec;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/** Route versions for the aggregates' tests: one route (id 7) of procedure DIS-01. */
final class Routes {

  static final long ROUTE_ID = 7;

  private Routes() {}

  static RouteVersion version(int version, DeliveryPattern pattern) {
    return new RouteVersion(
        ROUTE_ID, "DIS-01", "main", version, config(pattern), "it-admin", Instant.EPOCH);
  }

  static RouteVersion ofOtherRoute(DeliveryPattern pattern) {
    return new RouteVersion(
        ROUTE_ID + 1, "DIS-01", "second", 1, config(pattern), "it-admin", Instant.EPOCH);
  }

  private static LinkageRouteConfig config(DeliveryPattern pattern) {
    FileSettings file =
        new FileSettings(
            "/srv/export",
            null,
            null,
            null,
            true,
            false,
            List.of(new ColumnSpec("受付番号", "receiptNumber", null, null)));
    ApiSettings api = new ApiSettings(URI.create("http://core.example/api"), 0, 0, null);
    return switch (pattern) {
      case FILE_EXPORT, BATCH ->
          new LinkageRouteConfig(pattern, null, true, file, null, null, false);
      case DIRECT_API -> new LinkageRouteConfig(pattern, null, true, null, api, null, false);
      case MANUAL -> new LinkageRouteConfig(pattern, null, true, null, null, null, false);
    };
  }
}
