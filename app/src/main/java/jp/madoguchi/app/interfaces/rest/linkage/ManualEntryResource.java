package jp.madoguchi.app.interfaces.rest.linkage;

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
import java.io.InputStream;
import java.util.List;
import jp.madoguchi.app.application.linkage.DeliveryItem;
import jp.madoguchi.app.application.linkage.ManualEntryService;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.Ids;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.PersonalDataResponses;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 職員による転記: deliveries waiting for manual entry into a core system. */
@Path("/v1/manual-entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Manual entry", description = "基幹システムへの手入力（転記票）")
public class ManualEntryResource {

  @Inject ManualEntryService manual;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "手入力待ちの一覧（担当手続の範囲内のみ）")
  public List<ManualEntryService.ManualEntry> list(@QueryParam("procedure") String procedure) {
    return manual.waiting(procedure, caller());
  }

  @GET
  @Path("/{deliveryId}/sheet")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "転記票PDF（基幹システムの入力順）")
  public Response sheet(@PathParam("deliveryId") String deliveryId) {
    return PersonalDataResponses.inlinePdf(
        manual.sheet(Ids.parse(deliveryId), caller()), "tenkihyo.pdf");
  }

  @POST
  @Path("/{deliveryId}/done")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "転記済 {\"coreReference\": \"…\"}")
  @JsonBody(RequestBodies.ManualEntryDone.class)
  public DeliveryItem done(@PathParam("deliveryId") String deliveryId, InputStream body) {
    String reference =
        JsonBodies.read(body, RequestBodies.ManualEntryDone.class)
            .path("coreReference")
            .asText(null);
    return manual.done(Ids.parse(deliveryId), reference, caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
