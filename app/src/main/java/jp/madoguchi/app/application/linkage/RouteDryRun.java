package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.file.ExportFileName;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;

/**
 * {@code POST …/linkage-routes/{code}/test}: the procedure's sample application rendered as the
 * route's core system would get it (FILE_EXPORT, BATCH), a reachability check of the API
 * (DIRECT_API), or the field order of the transcription sheet (MANUAL). Writes nothing.
 */
@ApplicationScoped
public class RouteDryRun {

  private static final int CONNECT_TIMEOUT_MS = 3000;

  @Inject LinkageRouteService service;
  @Inject LinkageRoutes routes;
  @Inject TranscriptionOrder order;

  /** With {@code body} null or empty the current route is tried, else the configuration sent. */
  @Transactional
  public ObjectNode test(String procedureCode, String routeName, JsonNode body) {
    ProcedureDefinition definition = service.definition(procedureCode);
    LinkageRouteConfig config =
        body == null || body.isEmpty()
            ? routes
                .current(procedureCode, LinkageRouteService.name(routeName))
                .map(RouteVersion::config)
                .orElseThrow(
                    () ->
                        new ApplicationProblem(
                            ProblemType.NOT_FOUND, procedureCode + " の連携ルートは未設定です"))
            : service.read(body, definition);
    ObjectNode result = LinkageRouteService.JSON.createObjectNode();
    result.put("pattern", config.pattern().name());
    switch (config.pattern()) {
      case FILE_EXPORT, BATCH -> rendered(procedureCode, config, result);
      case DIRECT_API -> reachability(config.api().url(), result);
      case MANUAL ->
          result.set(
              "fieldOrder", LinkageRouteService.JSON.valueToTree(order.of(config, definition)));
    }
    return result;
  }

  private void rendered(String procedureCode, LinkageRouteConfig config, ObjectNode result) {
    JsonNode sample = SampleApplications.valid(procedureCode);
    DeliveryRecord record =
        new DeliveryRecord(
            new UUID(0, 0),
            "SAMPLE-" + procedureCode,
            procedureCode,
            Math.max(1, sample.path("definitionVersion").asInt(1)),
            (ObjectNode) sample.path("applicant"),
            (ObjectNode) sample.path("form"),
            List.of());
    RenderedRecord rendered = new RecordRenderer().render(record, config.file());
    result.put(
        "fileName",
        ExportFileName.of(record.receiptNumber(), record.deliveryId(), config.file().format()));
    result.put("encoding", config.file().encoding().name());
    result.put("content", new String(rendered.content(), config.file().encoding().charset()));
    result.put("needsClerkReview", rendered.needsClerkReview());
  }

  private static void reachability(URI url, ObjectNode result) {
    int port =
        url.getPort() > 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    result.put("url", url.toString());
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(url.getHost(), port), CONNECT_TIMEOUT_MS);
      result.put("reachable", true);
    } catch (IOException e) {
      result.put("reachable", false);
      result.put("detail", "接続できません: " + e.getClass().getSimpleName());
    }
  }
}
