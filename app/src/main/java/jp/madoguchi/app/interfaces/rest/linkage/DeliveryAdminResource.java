package jp.madoguchi.app.interfaces.rest.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import jp.madoguchi.app.application.linkage.DeliveryAdminService;
import jp.madoguchi.app.application.linkage.DeliveryAdminService.ReplayRoute;
import jp.madoguchi.app.application.linkage.DeliveryItem;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.Ids;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 連携状況 and replay of parked deliveries (IT_ADMIN). */
@Path("/v1/admin/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Linkage administration")
public class DeliveryAdminResource {

  @Inject DeliveryAdminService deliveries;
  @Context SecurityContext security;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "連携の一覧（新しい順、状態・手続で絞り込み）。limit 件ずつ（既定・上限500）、X-Total-Count に総数、"
              + "次のページは Link: rel=\"next\"（?after=…）")
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("procedure") String procedure,
      @QueryParam("after") String after,
      @QueryParam("limit") Integer limit) {
    DeliveryAdminService.Page page = deliveries.list(status, procedure, after, limit);
    Response.ResponseBuilder response =
        Response.ok(page.items()).header("X-Total-Count", page.total());
    if (page.next() != null) {
      URI next = uri.getRequestUriBuilder().replaceQueryParam("after", page.next()).build();
      response.link(next, "next");
    }
    return response.build();
  }

  @POST
  @Path("/{id}/retry")
  @Operation(summary = "停止（PARKED）中の連携を再送。?route=current で現在の設定（ルートの現行版）で再送、省略時は同じ設定（作成時の版）")
  public DeliveryItem retry(@PathParam("id") String id, @QueryParam("route") String route) {
    return deliveries.retry(Ids.parse(id), ReplayRoute.of(route), caller());
  }

  @POST
  @Path("/retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "一括再送 {\"status\": \"PARKED\", \"procedure\": \"…\"}。?route=current で現在の設定で再送")
  @JsonBody(RequestBodies.BulkRetry.class)
  public Map<String, Integer> retryAll(@QueryParam("route") String route, InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.BulkRetry.class);
    int replayed =
        deliveries.retryAll(
            json.path("status").asText(null),
            json.path("procedure").asText(null),
            ReplayRoute.of(route),
            caller());
    return Map.of("replayed", replayed);
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
