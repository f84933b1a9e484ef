package jp.madoguchi.app.interfaces.rest.accounts;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import jp.madoguchi.app.application.accounts.ProcedureScopeService;
import jp.madoguchi.app.application.accounts.ProcedureScopeService.ProcedureScopeView;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 担当手続の限定: the procedures a clerk or supervisor account may work on, for IT staff. */
@Path("/v1/admin/users/{username}/procedures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Accounts", description = "利用者とAPIクライアントの管理")
public class ProcedureScopeResource {

  @Inject ProcedureScopeService scopes;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "担当手続（all、または手続グループ groups と手続コード codes）")
  public ProcedureScopeView get(@PathParam("username") String username) {
    return scopes.of(username);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "担当手続の限定 {\"groups\": [\"子育て\"], \"codes\": [\"DIS-01\"]} または全手続 {\"all\": true}",
      description =
          "groups: 子育て / 介護 / 被災者支援（罹災）/ 自動車 / 引越し（住民異動）。範囲外の申請は一覧・件数に現れず、"
              + "IDを指定しても404。存在しないグループ・手続は422。自分自身は変更できない（403）。アクセスログに記録。")
  @JsonBody(ProcedureScopeRequest.class)
  public ProcedureScopeView put(@PathParam("username") String username, InputStream body) {
    ProcedureScopeRequest request =
        ProcedureScopeRequest.from(JsonBodies.read(body, ProcedureScopeRequest.class));
    return scopes.change(
        username,
        request.all(),
        request.groups(),
        request.codes(),
        security.getUserPrincipal().getName());
  }
}
