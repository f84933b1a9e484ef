package jp.madoguchi.app.interfaces.rest.linkage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import jp.madoguchi.app.application.linkage.ApplicationDeliveries;
import jp.madoguchi.app.application.linkage.DeliveryHistory;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 基幹連携の履歴: an application's deliveries with their attempts and core references. */
@Path("/v1/intake/{id}/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Intake queue", description = "職員の受付キュー・審査・補正依頼・受理・却下")
public class ApplicationDeliveriesResource {

  @Inject ApplicationDeliveries deliveries;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "申請の基幹連携履歴（連携ごとの試行・結果・エラー・所要時間・基幹側の番号）")
  public List<DeliveryHistory> deliveries(@PathParam("id") String id) {
    return deliveries.of(Ids.parse(id), security.getUserPrincipal().getName());
  }
}
