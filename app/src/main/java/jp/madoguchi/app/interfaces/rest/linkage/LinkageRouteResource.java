package jp.madoguchi.app.interfaces.rest.linkage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import jp.madoguchi.app.application.linkage.LinkageRouteService;
import jp.madoguchi.app.application.linkage.RouteDryRun;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 連携ルートの管理 (IT_ADMIN); {@code ?route=} names one of several routes of a procedure. */
@Path("/v1/admin/linkage-routes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Linkage administration", description = "手続ごとの基幹系連携ルート（版管理）")
public class LinkageRouteResource {

  @Inject LinkageRouteService routes;
  @Inject RouteDryRun dryRun;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  @GET
  @Operation(summary = "全手続の現行ルート")
  public List<ObjectNode> list() {
    return routes.list();
  }

  @GET
  @Path("/{procedureCode}")
  @Operation(summary = "手続の現行ルート")
  public ObjectNode get(
      @PathParam("procedureCode") String procedureCode, @QueryParam("route") String route) {
    return routes.get(procedureCode, route);
  }

  @PUT
  @Path("/{procedureCode}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "ルートを保存（新しい版になる。検証エラーは422）")
  @JsonBody(RequestBodies.RouteVersionBody.class)
  public ObjectNode put(
      @PathParam("procedureCode") String procedureCode,
      @QueryParam("route") String route,
      InputStream body) {
    return routes.put(
        procedureCode,
        route,
        JsonBodies.read(body, RequestBodies.RouteVersionBody.class),
        caller());
  }

  @GET
  @Path("/{procedureCode}/history")
  @Operation(summary = "ルートの版の履歴（古い順）")
  public List<ObjectNode> history(
      @PathParam("procedureCode") String procedureCode, @QueryParam("route") String route) {
    return routes.history(procedureCode, route);
  }

  @POST
  @Path("/{procedureCode}/test")
  @Operation(summary = "試行（見本申請の出力内容、またはAPIの到達確認）。本文に設定を送ればその設定で試す")
  @JsonBody(value = LinkageRouteConfig.class, required = false)
  public ObjectNode test(
      @PathParam("procedureCode") String procedureCode,
      @QueryParam("route") String route,
      InputStream body) {
    boolean hasBody = headers.getLength() != 0 && headers.getMediaType() != null;
    return dryRun.test(
        procedureCode, route, hasBody ? JsonBodies.read(body, LinkageRouteConfig.class) : null);
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
