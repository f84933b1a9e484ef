package jp.madoguchi.app.interfaces.rest.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import jp.madoguchi.app.application.mynumber.MyNumberDisclosure;
import jp.madoguchi.app.application.sequencing.Sequencer;
import jp.madoguchi.app.application.workflow.ApplicationDetails;
import jp.madoguchi.app.application.workflow.DamageAssessmentService;
import jp.madoguchi.app.application.workflow.DisasterCertificateService;
import jp.madoguchi.app.application.workflow.HistoryEntry;
import jp.madoguchi.app.application.workflow.QueueCounts;
import jp.madoguchi.app.application.workflow.QueuePage;
import jp.madoguchi.app.application.workflow.QueueService;
import jp.madoguchi.app.application.workflow.WorkflowService;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.ContentDisposition;
import jp.madoguchi.app.interfaces.rest.Ids;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.PersonalDataResponses;
import jp.madoguchi.app.interfaces.rest.QueryFilters;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 受付キュー: the clerks' queue and the steps they take on each application. */
@Path("/v1/intake")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Intake queue", description = "職員の受付キュー・審査・補正依頼・受理・却下")
public class IntakeResource {

  @Inject QueueService queue;
  @Inject Sequencer sequencer;
  @Inject WorkflowService workflow;
  @Inject MyNumberDisclosure disclosure;
  @Inject DamageAssessmentService damage;
  @Inject DisasterCertificateService certificates;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary = "受付キューの一覧（キーセットページング、担当手続の範囲内のみ、total は全件数）",
      description =
          "view: all（既定・すべて）/ open（対応中: 受付・審査中・受理・基幹連携済）/ mine（自分の担当・未完了）。"
              + "sort: received（既定・受付日時の古い順）/ due（処理期限の近い順）。"
              + "q: 受付番号（完全一致）または氏名・カナの一部（空白・ひらがな/カタカナ・半角カナ・主な異体字を区別しない）。"
              + "status を指定すると view の状態より優先。")
  public QueuePage list(
      @QueryParam("status") List<String> status,
      @QueryParam("procedure") String procedure,
      @QueryParam("receivedFrom") String receivedFrom,
      @QueryParam("receivedTo") String receivedTo,
      @QueryParam("assignee") String assignee,
      @QueryParam("q") String q,
      @QueryParam("overdue") @DefaultValue("false") boolean overdue,
      @QueryParam("view") String view,
      @QueryParam("sort") String sort,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("cursor") String cursor) {
    QueryFilters.Parsed parsed =
        QueryFilters.parse(
            status, procedure, receivedFrom, receivedTo, assignee, q, overdue, view, sort);
    return queue.list(parsed.filter(), parsed.view(), cursor, limit, caller());
  }

  @GET
  @Path("/counts")
  @Operation(summary = "状態別・手続別の件数と期限超過件数（担当手続の範囲内のみ）")
  public QueueCounts counts() {
    sequencer.catchUp(); // counts of transitions made a moment ago in the background, e.g. LINKED
    return queue.counts(caller());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "申請の詳細（個人番号はマスク）")
  public ApplicationDetails detail(@PathParam("id") String id) {
    return queue.detail(Ids.parse(id), caller());
  }

  @GET
  @Path("/{id}/history")
  @Operation(summary = "申請の履歴（誰が・いつ・どの状態から・どの状態へ・理由・変更項目）")
  public List<HistoryEntry> history(@PathParam("id") String id) {
    return queue.history(Ids.parse(id), caller());
  }

  @GET
  @Path("/{id}/attachments/{attachmentId}")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @Operation(summary = "添付ファイルのダウンロード")
  public Response attachment(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    return download(queue.attachment(Ids.parse(id), Ids.parse(attachmentId), caller()));
  }

  private static Response download(QueueService.AttachmentFile file) {
    return PersonalDataResponses.file(
        file.content(), file.mediaType(), ContentDisposition.attachment(file.name()));
  }

  @GET
  @Path("/{id}/attachments/{attachmentId}/original")
  @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
  @RolesAllowed(Role.SUPERVISOR_NAME)
  @Operation(summary = "添付ファイルの原本（無害化前、監督者のみ、アクセスログに記録）")
  public Response original(
      @PathParam("id") String id, @PathParam("attachmentId") String attachmentId) {
    return download(queue.original(Ids.parse(id), Ids.parse(attachmentId), caller()));
  }

  @GET
  @Path("/{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "申請書PDF（個人番号はマスク、和暦併記、添付ファイルのSHA-256付き）")
  public Response pdf(@PathParam("id") String id) {
    return PersonalDataResponses.inlinePdf(queue.pdf(Ids.parse(id), caller()), "shinseisho.pdf");
  }

  @GET
  @Path("/{id}/disaster-certificate")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(
      summary = "罹災証明書PDFの発行（DIS-01、受理済みで被害の程度の設定後）",
      description = "発行ごとに交付番号を採番し、履歴とアクセスログに記録。他の手続は422、受理前・被害の程度が未設定なら409。")
  public Response disasterCertificate(@PathParam("id") String id) {
    return PersonalDataResponses.inlinePdf(
        certificates.issue(Ids.parse(id), caller()), "risai-shomeisho.pdf");
  }

  @POST
  @Path("/{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "状態遷移（START_REVIEW 着手 / REQUEST_CORRECTION 補正依頼 / ACCEPT 受理 / REJECT 却下 / COMPLETE 完了）",
      description = "expectedVersion が現在の版と異なれば409。補正依頼・却下には reason が必要。")
  @JsonBody(TransitionRequest.class)
  public ApplicationDetails transition(@PathParam("id") String id, InputStream body) {
    TransitionRequest request =
        TransitionRequest.from(JsonBodies.read(body, TransitionRequest.class));
    return workflow.transition(
        Ids.parse(id), request.action(), request.reason(), request.expectedVersion(), caller());
  }

  @PUT
  @Path("/{id}/damage-grade")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "被害の程度の設定（罹災証明書 DIS-01 のみ） {\"grade\": \"ZENKAI\", \"ratioPercent\": 55.0}",
      description =
          "grade: ZENKAI 全壊 / DAIKIBO_HANKAI 大規模半壊 / CHUKIBO_HANKAI 中規模半壊 / HANKAI 半壊 / JUN_HANKAI 準半壊 /"
              + " ICHIBU_SONKAI 準半壊に至らない（一部損壊）。ratioPercent（損害割合、任意）は区分の範囲内。"
              + "他の手続・誤った値は422（何も変更しない）。履歴とアクセスログに記録。")
  @JsonBody(RequestBodies.DamageGrade.class)
  public ApplicationDetails damageGrade(@PathParam("id") String id, InputStream body) {
    return damage.assess(
        Ids.parse(id), JsonBodies.read(body, RequestBodies.DamageGrade.class), caller());
  }

  @POST
  @Path("/{id}/my-number")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR_NAME)
  @Operation(
      summary =
          "個人番号のマスク解除（監督者のみ・理由必須・アクセスログに項目とともに記録）"
              + " {\"field\": \"form.spouse.myNumber\", \"reason\": \"…\"}",
      description = "field を省略すると申請者の個人番号（applicant.myNumber）。")
  @JsonBody(RequestBodies.Disclosure.class)
  public Response myNumber(@PathParam("id") String id, InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.Disclosure.class);
    String reason = json.path("reason").isTextual() ? json.path("reason").asText() : null;
    String field = json.path("field").isTextual() ? json.path("field").asText() : null;
    return Response.ok(disclosure.disclose(Ids.parse(id), field, reason, caller()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("/{id}/claim")
  @Operation(summary = "担当する")
  public ApplicationDetails claim(@PathParam("id") String id) {
    return workflow.claim(Ids.parse(id), caller());
  }

  @POST
  @Path("/{id}/release")
  @Operation(summary = "担当を外す（担当者本人または監督者）")
  public ApplicationDetails release(@PathParam("id") String id) {
    return workflow.release(Ids.parse(id), caller(), security.isUserInRole(Role.SUPERVISOR_NAME));
  }

  @POST
  @Path("/{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.SUPERVISOR_NAME)
  @Operation(summary = "担当替え（監督者のみ） {\"assignee\": \"…\"}")
  @JsonBody(RequestBodies.Assignment.class)
  public ApplicationDetails assign(@PathParam("id") String id, InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.Assignment.class);
    return workflow.reassign(Ids.parse(id), json.path("assignee").asText(null), caller());
  }

  @POST
  @Path("/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "職員メモを追加 {\"body\": \"…\"}")
  @JsonBody(RequestBodies.Comment.class)
  public ApplicationDetails comment(@PathParam("id") String id, InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.Comment.class);
    return workflow.comment(Ids.parse(id), json.path("body").asText(null), caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
