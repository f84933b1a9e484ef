package jp.madoguchi.app.interfaces.rest.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.portal.PortalReceipts;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 読み取れなかったポータルの申請パッケージ: fetched from the portal, refused before they could become applications (not
 * a ZIP, zip bomb, XXE, schema violation, invalid form data), with the reason, so that clerks can
 * follow them up with the portal.
 */
@Path("/v1/intake/portal-refusals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CLERK_NAME, Role.SUPERVISOR_NAME})
@Tag(name = "Intake queue")
public class PortalRefusalResource {

  static final int MAX_LIMIT = 500;

  @Inject PortalReceipts receipts;

  /** One refused package. */
  public record RefusedPackage(String receiptNumber, String reason, String fetchedAt) {}

  @GET
  @Operation(summary = "ポータルから取得したが読み取れず申請として登録できなかったパッケージ（新しい順）")
  public Map<String, List<RefusedPackage>> list(
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED, "limit は1〜" + MAX_LIMIT + "で指定してください");
    }
    return Map.of(
        "items",
        receipts.refused(limit).stream()
            .map(r -> new RefusedPackage(r.receiptNumber(), r.reason(), r.fetchedAt().toString()))
            .toList());
  }
}
