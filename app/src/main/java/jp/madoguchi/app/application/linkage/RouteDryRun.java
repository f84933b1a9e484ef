package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.intake.FormMyNumbers;
import jp.madoguchi.app.application.intake.SubmissionValidator;
import jp.madoguchi.app.domain.application.EncryptedMyNumber;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.forms.catalog.MyNumberFields;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.japanese.MyNumber;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.file.ExportFileName;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.record.RenderedRecord;

/**
 * {@code POST …/linkage-routes/{code}/test}: the procedure's sample application rendered as the
 * route's core system would get it (FILE_EXPORT, BATCH; an SFTP route also logs in and checks the
 * host key and directory), a real HTTP request to the API (DIRECT_API), or the field order of the
 * transcription sheet (MANUAL). Writes nothing.
 */
@ApplicationScoped
public class RouteDryRun {

  @Inject LinkageRouteService service;
  @Inject LinkageRoutes routes;
  @Inject TranscriptionOrder order;
  @Inject MyNumberUse myNumberUse;
  @Inject Clock clock;
  @Inject DeliveryRecords deliveryRecords;
  @Inject FormMyNumbers formMyNumbers;
  @Inject SubmissionValidator submissions;

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
      case DIRECT_API -> RouteReachability.http(config.api(), result);
      case MANUAL ->
          result.set(
              "fieldOrder", LinkageRouteService.JSON.valueToTree(order.of(config, definition)));
    }
    return result;
  }

  /**
   * The sample as a real delivery of this route would be: the application as intake stores it
   * (normalised: 090-1234-5678 → 09012345678, 和暦 → ISO), made into a record by the same code as
   * real deliveries ({@link DeliveryRecords}) with 個人番号 only when the route carries them, and even
   * then shown masked here (the test output is a view like any other).
   */
  private void rendered(
      ProcedureDefinition definition, LinkageRouteConfig config, ObjectNode result) {
    String procedureCode = definition.code();
    JsonNode sample = SampleApplications.valid(procedureCode);
    ValidationResult normalised =
        new ApplicationValidator(clock)
            .validate(definition, sample.path("applicant"), sample.path("form"), List.of());
    if (normalised.applicant() == null || normalised.form() == null) {
      throw new ApplicationProblem(
          ProblemType.UNAVAILABLE, procedureCode + " の見本の申請を読み取れません（様式定義と見本が一致しません）");
    }
    ObjectNode form = normalised.form().deepCopy();
    List<String> numbers = new ArrayList<>();
    if (normalised.applicant().hasNonNull("myNumber")) {
      numbers.add(normalised.applicant().path("myNumber").asText());
    }
    MyNumberFields.in(definition, form).forEach(found -> numbers.add(found.value()));
    boolean withMyNumber = config.carriesMyNumber() && myNumberUse.isMyNumberUse(procedureCode);
    Map<String, EncryptedMyNumber> carried = formMyNumbers.seal(definition, form);
    DeliveryRecord record =
        deliveryRecords.forFile(
            new UUID(0, 0),
            "SAMPLE-" + procedureCode,
            procedureCode,
            definition.version(),
            submissions.applicant(normalised.applicant()),
            form.toString(),
            withMyNumber,
            carried,
            null);
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
    if (config.pattern() == DeliveryPattern.FILE_EXPORT && config.file().overSftp()) {
      ObjectNode server = result.putObject("sftp");
      RouteReachability.sftp(config.file(), server);
    }
  }
}
