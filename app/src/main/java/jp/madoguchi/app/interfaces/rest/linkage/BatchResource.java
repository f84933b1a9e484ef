package jp.madoguchi.app.interfaces.rest.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.linkage.BatchService;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.interfaces.rest.ContentDisposition;
import jp.madoguchi.app.interfaces.rest.Ids;
import jp.madoguchi.app.interfaces.rest.JsonBodies;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RequestBodies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 一括取込: core-system jobs claim, download and acknowledge batches (BATCH). */
@Path("/v1/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.BATCH_NAME)
@Tag(name = "Core-system batch jobs", description = "基幹系の一括取込")
public class BatchResource {

  @Inject BatchService batches;
  @Context SecurityContext security;

  @POST
  @Operation(summary = "未連携の申請を一括ファイルにまとめる（201、なければ204）")
  public Response claim(
      @QueryParam("procedure") String procedure,
      @QueryParam("limit") @DefaultValue("1000") int limit) {
    return batches
        .claim(procedure, limit, caller())
        .map(c -> Response.status(201).entity(c).build())
        .orElseGet(() -> Response.noContent().build());
  }

  @GET
  @Path("/{batchId}/file")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(summary = "一括ファイル（何度取得しても同じバイト列、ページ単位で生成しながら送信）")
  public Response file(@PathParam("batchId") String batchId) {
    BatchService.Download file = batches.download(Ids.parse(batchId), caller());
    StreamingOutput body = out -> file.content().writeTo(out);
    return Response.ok(body)
        .header("Content-Type", file.mediaType())
        .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("/{batchId}/ack")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "取込結果 {\"rejected\": [{\"receiptNumber\", \"reason\"}]}：それ以外は連携済")
  @JsonBody(RequestBodies.BatchAcknowledgement.class)
  public BatchService.Acknowledged ack(@PathParam("batchId") String batchId, InputStream body) {
    JsonNode json = JsonBodies.read(body, RequestBodies.BatchAcknowledgement.class);
    Map<String, String> rejected = new LinkedHashMap<>();
    for (JsonNode entry : json.path("rejected")) {
      String receipt = entry.path("receiptNumber").asText("");
      if (receipt.isBlank()) {
        throw new ApplicationProblem(
            ProblemType.VALIDATION_FAILED, "rejected[].receiptNumber は必須です");
      }
      rejected.put(receipt, entry.path("reason").asText("理由なし"));
    }
    return batches.acknowledge(Ids.parse(batchId), rejected, caller());
  }

  private String caller() {
    return security.getUserPrincipal().getName();
  }
}
