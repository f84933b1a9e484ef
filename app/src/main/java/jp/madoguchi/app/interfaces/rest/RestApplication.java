package jp.madoguchi.app.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API under {@code /api}; Jackson (bundled with Payara) does the JSON binding. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Madoguchi 申請管理システム API",
            version = "v1",
            description = "マイナポータルからの申請受付、手続カタログ。エラーは application/problem+json。"))
public class RestApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames", "org.glassfish.jersey.jackson.JacksonFeature");
  }
}
