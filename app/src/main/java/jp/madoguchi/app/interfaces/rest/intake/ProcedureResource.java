package jp.madoguchi.app.interfaces.rest.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.catalog.ProcedureSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The procedure catalog, open to everyone: what can be applied for and with which fields. */
@Path("/v1/procedures")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog", description = "手続の一覧と定義")
public class ProcedureResource {

  @Inject ProcedureCatalog catalog;

  @GET
  @Operation(summary = "手続の一覧")
  public List<ProcedureSummary> list() {
    return catalog.latest().stream().map(ProcedureDefinition::summary).toList();
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "手続の定義（項目・添付ファイル・版）")
  public ProcedureDefinition definition(@PathParam("code") String code) {
    return catalog
        .latest(code)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, "手続コード「" + code + "」は登録されていません"));
  }

  @GET
  @Path("/{code}/versions/{version}")
  @Operation(summary = "手続定義の特定の版（保存済み申請の表示用）")
  public ProcedureDefinition definitionVersion(
      @PathParam("code") String code, @PathParam("version") int version) {
    return catalog
        .version(code, version)
        .orElseThrow(
            () ->
                new ApplicationProblem(
                    ProblemType.NOT_FOUND, "手続「" + code + "」の版 " + version + " はありません"));
  }
}
