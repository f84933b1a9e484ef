package jp.madoguchi.app.interfaces.rest.accounts;

import com.fasterxml.jackson.databind.JsonNode;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.application.accounts.AccountService;
import jp.madoguchi.app.application.accounts.ProcedureScopeService;
import jp.madoguchi.app.application.accounts.RoleGrantService;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.Ids;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Accounts of people and API clients of systems, for IT staff (情報政策課). */
@Path("/v1/admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Accounts", description = "利用者とAPIクライアントの管理")
public class AccountAdminResource {

  @Inject AccountService accounts;
  @Inject ProcedureScopeService scopes;
  @Inject RoleGrantService grants;
  @Context SecurityContext security;

  @GET
  @Path("/users")
  @Operation(summary = "利用者の一覧（担当手続 procedures を含む）")
  public List<ProcedureScopeService.ListedUser> users() {
    return scopes.withProcedures(accounts.users());
  }

  @POST
  @Path("/users")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "利用者の作成 {username, password, roles[]}: SUPERVISOR・AUDITOR・IT_ADMIN は付与申請になる（202）")
  @JsonBody(RequestBodies.NewUser.class)
  public Response createUser(InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.NewUser.class);
    var change =
        accounts.createUser(
            json.path("username").asText(null),
            json.path("password").asText(null),
            AccountService.roles(names(json.path("roles"))),
            admin());
    return roleChange(change, 201);
  }

  @PUT
  @Path("/users/{username}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "ロールの変更 {roles[]}: SUPERVISOR・AUDITOR・IT_ADMIN の追加は付与申請になる（202）。自分自身は不可")
  @JsonBody(RequestBodies.RoleChange.class)
  public Response roles(@PathParam("username") String username, InputStream body) {
    var change =
        accounts.changeRoles(
            username,
            AccountService.roles(
                names(JsonBodies.read(body, RequestBodies.RoleChange.class).path("roles"))),
            admin());
    return roleChange(change, 200);
  }

  @GET
  @Path("/role-grants")
  @Operation(summary = "ロール付与申請の一覧（state=PENDING・APPROVED・REJECTED で絞込み）")
  public List<RoleGrantService.GrantView> roleGrants(@QueryParam("state") String state) {
    return grants.list(state);
  }

  @POST
  @Path("/role-grants/{id}/approve")
  @Operation(summary = "ロール付与申請の承認（申請者・付与される本人は不可）")
  public RoleGrantService.GrantView approve(@PathParam("id") String id) {
    return grants.approve(Ids.number(id), admin());
  }

  @POST
  @Path("/role-grants/{id}/reject")
  @Operation(summary = "ロール付与申請の却下（申請者による取下げを含む）")
  public RoleGrantService.GrantView reject(@PathParam("id") String id) {
    return grants.reject(Ids.number(id), admin());
  }

  @POST
  @Path("/users/{username}/disable")
  @Operation(summary = "利用停止")
  public AccountService.UserView disable(@PathParam("username") String username) {
    return accounts.setEnabled(username, false, admin());
  }

  @POST
  @Path("/users/{username}/enable")
  @Operation(summary = "利用再開（ロック解除を含む）")
  public AccountService.UserView enable(@PathParam("username") String username) {
    return accounts.setEnabled(username, true, admin());
  }

  @POST
  @Path("/users/{username}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "パスワードの再設定 {password}")
  @JsonBody(RequestBodies.PasswordReset.class)
  public AccountService.UserView password(
      @PathParam("username") String username, InputStream body) {
    return accounts.resetPassword(
        username,
        JsonBodies.read(body, RequestBodies.PasswordReset.class).path("password").asText(null),
        admin());
  }

  @GET
  @Path("/api-clients")
  @Operation(summary = "APIクライアントの一覧（トークンは表示しない）")
  public List<AccountService.ClientView> clients() {
    return accounts.apiClients();
  }

  @POST
  @Path("/api-clients")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "APIクライアントの作成 {name, roles[], expiresInDays}: トークンはこの応答でのみ表示")
  @JsonBody(RequestBodies.NewApiClient.class)
  public Response createClient(InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.NewApiClient.class);
    var created =
        accounts.createApiClient(
            json.path("name").asText(null),
            AccountService.roles(names(json.path("roles"))),
            json.path("expiresInDays").isInt() ? json.path("expiresInDays").asInt() : null,
            admin());
    return Response.status(201).entity(created).header("Cache-Control", "no-store").build();
  }

  @POST
  @Path("/api-clients/{name}/revoke")
  @Operation(summary = "APIクライアントの失効")
  public AccountService.ClientView revoke(@PathParam("name") String name) {
    return accounts.revokeApiClient(name, admin());
  }

  /** The user as before when every role applied; 202 with the pending grants otherwise. */
  private static Response roleChange(AccountService.RoleChange change, int status) {
    return change.pendingGrants().isEmpty()
        ? Response.status(status).entity(change.user()).build()
        : Response.status(Response.Status.ACCEPTED).entity(change).build();
  }

  private String admin() {
    return security.getUserPrincipal().getName();
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> names.add(n.asText()));
    }
    return names;
  }
}
