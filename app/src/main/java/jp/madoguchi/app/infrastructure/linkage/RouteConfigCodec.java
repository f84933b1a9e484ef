package jp.madoguchi.app.infrastructure.linkage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.madoguchi.integration.config.LinkageRouteConfig;

/** Stores route configurations as the JSON of the admin API. */
final class RouteConfigCodec {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RouteConfigCodec() {}

  static String write(LinkageRouteConfig config) {
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("route configuration not writable", e);
    }
  }

  static LinkageRouteConfig read(String json) {
    try {
      return JSON.readValue(json, LinkageRouteConfig.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored route configuration unreadable", e);
    }
  }
}
