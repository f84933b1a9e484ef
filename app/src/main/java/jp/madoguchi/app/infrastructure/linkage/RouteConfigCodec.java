package jp.madoguchi.app.infrastructure.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/**
 * Stores route configurations as the JSON of the admin API. Reading is cached by the stored text
 * itself (every submission reads its procedure's routes; a stored version never changes, and a
 * different text is a different entry), so the cache cannot answer a stale configuration.
 */
final class RouteConfigCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CACHED = 512;
  private static final Map<String, LinkageRouteConfig> READ = new ConcurrentHashMap<>();

  private RouteConfigCodec() {}

  static String write(LinkageRouteConfig config) {
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("route configuration not writable", e);
    }
  }

  static LinkageRouteConfig read(String json) {
    LinkageRouteConfig known = READ.get(json);
    if (known != null) {
      return known;
    }
    LinkageRouteConfig config = parse(json);
    if (READ.size() >= CACHED) {
      READ.clear();
    }
    READ.put(json, config);
    return config;
  }

  /**
   * A version saved before routes declared {@code includeMyNumber} was accepted under the older
   * rule, where a 個人番号 column was itself the decision to export it: such a version keeps exporting
   * (for a procedure that is still 個人番号利用事務).
   */
  private static LinkageRouteConfig parse(String json) {
    try {
      JsonNode tree = JSON.readTree(json);
      LinkageRouteConfig config = JSON.treeToValue(tree, LinkageRouteConfig.class);
      boolean legacy = !tree.has("includeMyNumber");
      boolean myNumberColumn = config.file() != null && config.file().includesMyNumber();
      return legacy && myNumberColumn ? config.withIncludeMyNumber(true) : config;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored route configuration unreadable", e);
    }
  }
}
