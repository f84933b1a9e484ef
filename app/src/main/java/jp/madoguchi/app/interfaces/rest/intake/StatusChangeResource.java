package jp.madoguchi.app.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jp.madoguchi.app.application.portal.PortalService;
import jp.madoguchi.app.domain.account.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The ordered feed of status changes the portal polls. */
@Path("/v1/status-changes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PORTAL_NAME)
@Tag(name = "Portal")
public class StatusChangeResource {

  @Inject PortalService portal;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "状態変更フィード",
      description = "自クライアントが送信した申請の状態変更だけ。after に前回の nextCursor を渡して続きを取得。欠落・重複なし。")
  public PortalService.FeedPage changes(
      @QueryParam("after") String after, @QueryParam("limit") @DefaultValue("100") int limit) {
    return portal.changesAfter(after, limit, security.getUserPrincipal().getName());
  }
}
