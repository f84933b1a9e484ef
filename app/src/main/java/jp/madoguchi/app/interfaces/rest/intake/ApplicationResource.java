package jp.madoguchi.app.interfaces.rest.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import jp.madoguchi.app.application.intake.IntakeOutcome;
import jp.madoguchi.app.application.intake.IntakeService;
import jp.madoguchi.app.application.portal.PortalClients;
import jp.madoguchi.app.application.portal.PortalService;
import jp.madoguchi.app.application.portal.StatusQuery;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.application.ClientScope;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The portal's side of the API: submit applications and follow their status. */
@Path("/v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.PORTAL_NAME)
@Tag(name = "Portal", description = "マイナポータルからの申請受付と状況照会")
public class ApplicationResource {

  @Inject IntakeService intake;
  @Inject StatusQuery status;
  @Inject PortalService portal;
  @Inject PortalClients clients;
  @Inject IntakeGate gate;
  @Context UriInfo uri;
  @Context SecurityContext security;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "申請の受付",
      description =
          "受付番号が冪等キー: 同じクライアントからの同じ本文の再送は200で同じ応答、異なる本文や他のクライアントが使った受付番号は409。"
              + "検証エラーは422で全項目を列挙。")
  @APIResponse(
      responseCode = "201",
      description = "受付済み",
      content = @Content(schema = @Schema(implementation = ReceiptView.class)))
  @APIResponse(responseCode = "200", description = "同一内容の再送（保存は1件のみ）")
  @APIResponse(responseCode = "400", description = "JSONとして読めない")
  @APIResponse(responseCode = "409", description = "同じ受付番号で異なる内容、または他のクライアントの受付番号")
  @APIResponse(responseCode = "413", description = "本文が上限を超える")
  @APIResponse(responseCode = "415", description = "Content-Type が application/json でない")
  @APIResponse(responseCode = "422", description = "検証エラー（errors に項目ごとの理由）")
  @JsonBody(SubmissionDocument.class)
  public Response submit(InputStream body) {
    var json = JsonBodies.read(body, SubmissionDocument.class);
    String caller = security.getUserPrincipal().getName();
    IntakeOutcome outcome = gate.run(() -> intake.submit(json, caller));
    ReceiptView view = ReceiptView.of(outcome.application());
    if (!outcome.created()) {
      return Response.ok(view).build();
    }
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/applications/{receipt}/status")
                .build(view.receiptNumber()))
        .entity(view)
        .build();
  }

  @GET
  @Path("/{receiptNumber}/status")
  @Operation(
      summary = "申請の状況照会",
      description =
          "ポータル表示用の状態（処理中・要訂正・受付エラー・完了）を返す。自クライアントが送信した申請だけ。ポータルから取得したが"
              + "読み取れなかったパッケージの受付番号には、ポータル取込の閲覧クライアントに受付エラーと理由を返す")
  @APIResponse(
      responseCode = "200",
      description = "申請の状況",
      content = @Content(schema = @Schema(implementation = StatusView.class)))
  @APIResponse(responseCode = "404", description = "該当する受付番号がない（他のクライアントの申請を含む）")
  public StatusView status(@PathParam("receiptNumber") String receiptNumber) {
    ClientScope scope = clients.scopeOf(security.getUserPrincipal().getName());
    return status
        .find(receiptNumber, scope)
        .map(StatusView::of)
        .or(() -> status.refusedPackage(receiptNumber, scope).map(StatusView::ofRefusedPackage))
        .orElseThrow(() -> StatusQuery.notFound(receiptNumber));
  }

  @POST
  @Path("/{receiptNumber}/resubmission")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "補正後の再提出", description = "補正依頼中の申請だけ。本文は申請と同じ形で、新規申請と同じく検証される。同じ再提出の再送は200。")
  @APIResponse(
      responseCode = "200",
      description = "再提出を受付済み（同じ再提出の再送も200）",
      content = @Content(schema = @Schema(implementation = ReceiptView.class)))
  @APIResponse(responseCode = "404", description = "該当する受付番号がない（他のクライアントの申請を含む）")
  @APIResponse(responseCode = "409", description = "補正依頼中でない")
  @APIResponse(responseCode = "422", description = "検証エラー")
  @JsonBody(SubmissionDocument.class)
  public ReceiptView resubmit(@PathParam("receiptNumber") String receiptNumber, InputStream body) {
    var json = JsonBodies.read(body, SubmissionDocument.class);
    String caller = security.getUserPrincipal().getName();
    return ReceiptView.of(gate.run(() -> portal.resubmit(receiptNumber, json, caller)));
  }

  @POST
  @Path("/{receiptNumber}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "取下げ", description = "受理より前だけ。{\"reason\": \"…\"}（任意）")
  @APIResponse(
      responseCode = "200",
      description = "取下げ済み",
      content = @Content(schema = @Schema(implementation = StatusView.class)))
  @APIResponse(responseCode = "404", description = "該当する受付番号がない（他のクライアントの申請を含む）")
  @APIResponse(responseCode = "409", description = "受理後など取下げできない状態")
  @JsonBody(RequestBodies.Withdrawal.class)
  public StatusView withdraw(@PathParam("receiptNumber") String receiptNumber, InputStream body) {
    var json = JsonBodies.read(body, RequestBodies.Withdrawal.class);
    String reason = json.path("reason").isTextual() ? json.path("reason").asText() : null;
    return StatusView.of(
        portal.withdraw(receiptNumber, reason, security.getUserPrincipal().getName()));
  }
}
