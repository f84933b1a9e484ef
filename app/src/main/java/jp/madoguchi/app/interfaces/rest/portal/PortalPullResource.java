package jp.madoguchi.app.interfaces.rest.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.infrastructure.portal.PortalPullControl;
import jp.madoguchi.integration.portal.PollReport;
import jp.madoguchi.integration.portal.PortalPullStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** ポータルからの取得 (IT_ADMIN): its state, and a poll on demand. */
@Path("/v1/admin/portal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Portal pull", description = "ポータルからの署名付き申請パッケージの取得")
public class PortalPullResource {

  @Inject PortalPullControl pull;

  @GET
  @Path("/status")
  @Operation(summary = "取得の状態（最後に成功した取得、連続失敗数、待機中の再試行時刻）")
  public Map<String, Object> status() {
    PortalPullStatus.Snapshot status =
        pull.status()
            .orElseThrow(
                () -> new ApplicationProblem(ProblemType.UNAVAILABLE, "ポータルからの取得は設定されていません"));
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("lastSuccess", report(status.lastSuccess()));
    view.put("lastFailure", report(status.lastFailure()));
    view.put("consecutiveFailures", status.consecutiveFailures());
    view.put(
        "backingOffUntil",
        status.backingOffUntil() == null ? null : status.backingOffUntil().toString());
    return view;
  }

  @POST
  @Path("/poll")
  @Operation(summary = "今すぐ取得する（待機中でも実行）。結果の件数を返す")
  public Map<String, Object> poll() {
    return report(pull.pollNow());
  }

  private static Map<String, Object> report(PollReport report) {
    if (report == null) {
      return null;
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("at", report.at().toString());
    view.put("succeeded", report.succeeded());
    view.put("listed", report.listed());
    view.put("stored", report.stored());
    view.put("alreadyStored", report.alreadyStored());
    view.put("intakeErrors", report.intakeErrors());
    view.put("refused", report.refused());
    view.put("confirmed", report.confirmed());
    view.put("error", report.error());
    return view;
  }
}
