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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.forms.catalog.MyNumberFields;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.japanese.MyNumber;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;
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
  @Inject MyNumberUse myNumberUse;
  @Inject Clock clock;

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
            : service.submitted(body, definition, LinkageRouteService.name(routeName));
    ObjectNode result = LinkageRouteService.JSON.createObjectNode();
    result.put("pattern", config.pattern().name());
    switch (config.pattern()) {
      case FILE_EXPORT, BATCH -> rendered(definition, config, result);
      case DIRECT_API -> reachability(config.api().url(), result);
      case MANUAL ->
          result.set(
              "fieldOrder", LinkageRouteService.JSON.valueToTree(order.of(config, definition)));
    }
    return result;
  }

  /**
   * The sample as a real delivery of this route would be: 個人番号 only when the route carries them,
   * and even then shown masked here (the test output is a view like any other).
   */
  private void rendered(
      ProcedureDefinition definition, LinkageRouteConfig config, ObjectNode result) {
    String procedureCode = definition.code();
    JsonNode sample = SampleApplications.valid(procedureCode);
    // normalised as intake stores an application (090-1234-5678 → 09012345678, 和暦 → ISO), so the
    // sample shows values as the core system gets them from real deliveries
    ValidationResult normalised =
        new ApplicationValidator(clock)
            .validate(definition, sample.path("applicant"), sample.path("form"), List.of());
    ObjectNode applicant =
        normalised.applicant() != null
            ? normalised.applicant().deepCopy()
            : ((ObjectNode) sample.path("applicant")).deepCopy();
    ObjectNode form =
        normalised.form() != null
            ? normalised.form().deepCopy()
            : ((ObjectNode) sample.path("form")).deepCopy();
    List<String> numbers = new ArrayList<>();
    if (applicant.hasNonNull("myNumber")) {
      numbers.add(applicant.path("myNumber").asText());
    }
    MyNumberFields.in(definition, form).forEach(found -> numbers.add(found.value()));
    if (!(config.carriesMyNumber() && myNumberUse.isMyNumberUse(procedureCode))) {
      applicant.remove("myNumber");
      MyNumberFields.in(definition, form).forEach(MyNumberFields.Found::remove);
    }
    DeliveryRecord record =
        new DeliveryRecord(
            new UUID(0, 0),
            "SAMPLE-" + procedureCode,
            procedureCode,
            Math.max(1, sample.path("definitionVersion").asInt(1)),
            applicant,
            form,
            List.of());
    RenderedRecord rendered = new RecordRenderer().render(record, config.file());
    String content = new String(rendered.content(), config.file().encoding().charset());
    for (String number : numbers) {
      String digits = number.replaceAll("[^0-9]", "");
      if (digits.length() == 12) {
        content = content.replace(digits, MyNumber.parse(digits).masked());
      }
    }
    result.put(
        "fileName",
        ExportFileName.of(record.receiptNumber(), record.deliveryId(), config.file().format()));
    result.put("encoding", config.file().encoding().name());
    result.put("content", content);
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
