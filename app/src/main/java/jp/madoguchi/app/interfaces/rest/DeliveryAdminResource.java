package jp.madoguchi.app.interfaces.rest;

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
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.linkage.DeliveryAdminService;
import jp.madoguchi.app.application.linkage.DeliveryItem;
import jp.madoguchi.app.domain.account.Role;
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

  @GET
  @Operation(summary = "連携の一覧（新しい順、状態・手続で絞り込み）")
  public List<DeliveryItem> list(
      @QueryParam("status") String status, @QueryParam("procedure") String procedure) {
    return deliveries.list(status, procedure);
  }

  @POST
  @Path("/{id}/retry")
  @Operation(summary = "停止（PARKED）中の連携を再送")
  public DeliveryItem retry(@PathParam("id") String id) {
    return deliveries.retry(Ids.parse(id));
  }

  @POST
  @Path("/retry")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "一括再送 {\"status\": \"PARKED\", \"procedure\": \"…\"}")
  public Map<String, Integer> retryAll(InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.BulkRetry.class);
    int replayed =
        deliveries.retryAll(json.path("status").asText(null), json.path("procedure").asText(null));
    return Map.of("replayed", replayed);
  }
}
