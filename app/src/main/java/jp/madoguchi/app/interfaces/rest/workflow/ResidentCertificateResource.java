package jp.madoguchi.app.interfaces.rest.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.workflow.ApplicantIdentification;
import jp.madoguchi.app.application.workflow.ResidentCertificateCsv;
import jp.madoguchi.app.application.workflow.ResidentCertificateEntry;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import jp.madoguchi.app.interfaces.rest.RequestSizeLimit;
import jp.madoguchi.app.interfaces.rest.ServiceBusy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 番号紐付情報 (IT_ADMIN): signing certificate (issuer DN + serial number in hex) → 住民ID. The certificate
 * is named by query parameters because an issuer DN does not fit a path segment.
 */
@Path("/v1/admin/resident-certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.IT_ADMIN_NAME)
@Tag(name = "Applicant identification", description = "署名用電子証明書のシリアル番号による申請者特定")
public class ResidentCertificateResource {

  private static final int MAX_CSV_BYTES = 20 * 1024 * 1024;

  @Inject ApplicantIdentification identification;
  @Context SecurityContext security;

  @GET
  @Operation(summary = "番号紐付情報の一覧")
  public List<ResidentCertificateEntry> list() {
    return identification.list();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "1件を登録・更新 {issuer, serial, residentId}")
  @JsonBody(RequestBodies.ResidentCertificate.class)
  public ResidentCertificateEntry put(InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.ResidentCertificate.class);
    return identification.put(
        json.path("issuer").asText(null),
        json.path("serial").asText(null),
        json.path("residentId").asText(null),
        caller());
  }

  @POST
  @Path("/remove")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "1件を削除 {issuer, serial}（登録がなければ404）")
  @JsonBody(RequestBodies.ResidentCertificateKey.class)
  public Map<String, Boolean> remove(InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.ResidentCertificateKey.class);
    identification.delete(
        json.path("issuer").asText(null), json.path("serial").asText(null), caller());
    return Map.of("removed", true);
  }

  @POST
  @Path("/import")
  @Operation(summary = "CSV一括取込（UTF-8、issuer,serial,residentId。1行でも誤りがあれば何も取り込まない）")
  public Map<String, Integer> importCsv(InputStream body) {
    String csv = readCsv(body);
    return Map.of(
        "imported", identification.importRows(ResidentCertificateCsv.parse(csv), caller()));
  }

  private static String readCsv(InputStream body) {
    try {
      byte[] bytes = body.readNBytes(MAX_CSV_BYTES + 1);
      if (bytes.length > MAX_CSV_BYTES) {
        throw new ApplicationProblem(ProblemType.PAYLOAD_TOO_LARGE, "CSVが大きすぎます（20MBまで）");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (RequestSizeLimit.Busy e) {
      throw new ServiceBusy(RequestSizeLimit.busy().detail());
    } catch (IOException e) {
      throw new ApplicationProblem(ProblemType.MALFORMED_REQUEST, "CSVを読み取れません");
    }
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
