package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 番号法: 個人番号 leaves Madoguchi only for a 個人番号利用事務 procedure whose route says {@code includeMyNumber:
 * true}; each delivery that carried one is in the access log.
 */
class MyNumberLinkageIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  private static ObjectNode withMyNumberColumn(ObjectNode route, String name, String source) {
    ((com.fasterxml.jackson.databind.node.ArrayNode) route.get("file").get("columns"))
        .addObject()
        .put("name", name)
        .put("source", source);
    return route;
  }

  @Test
  void aRouteOfDis01WithAnApplicantMyNumberColumnIsRefusedNamingTheColumn() {
    String before = Linkage.IT_ADMIN.get("/api/v1/admin/linkage-routes/DIS-01").text();
    ObjectNode route =
        withMyNumberColumn(Linkage.fileRoute("BATCH", null), "個人番号", "applicant.myNumber");
    route.put("includeMyNumber", true);

    Reply refused = Linkage.putRoute("DIS-01", route);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode errors = refused.json().get("errors");
    assertThat(errors.findValuesAsText("field"))
        .contains("file.columns[3].source", "includeMyNumber");
    assertThat(errors.findValuesAsText("message")).anyMatch(m -> m.contains("列「個人番号」"));
    assertThat(Linkage.IT_ADMIN.get("/api/v1/admin/linkage-routes/DIS-01").text())
        .isEqualTo(before);
  }

  @Test
  void aMyNumberColumnOfAMyNumberUseProcedureNeedsTheExplicitDecision() {
    ObjectNode route =
        withMyNumberColumn(Linkage.fileRoute("BATCH", null), "配偶者個人番号", "form.spouse.myNumber");

    Reply refused = Linkage.putRoute("CC-01", route);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").findValuesAsText("code"))
        .containsExactly("myNumberNotDeclared");
  }

  @Test
  void withoutTheDecisionTheCoreSystemGetsNoMyNumberAtAll() {
    String insured = MyNumbers.fresh();
    String body =
        deliverLtcByFamily(insured, Linkage.apiRoute(core.url("/ltc-plain"), 3), "/ltc-plain");

    assertThat(body).doesNotContain("myNumber").doesNotContain(insured).doesNotContain("********");
  }

  @Test
  void withTheDecisionTheCoreSystemGetsTheNumbersAndTheAccessLogSaysSo() {
    String insured = MyNumbers.fresh();
    ObjectNode route = Linkage.apiRoute(core.url("/ltc-numbers"), 3).put("includeMyNumber", true);

    String body = deliverLtcByFamily(insured, route, "/ltc-numbers");

    JsonNode payload = Linkage.json(body);
    assertThat(payload.get("form").get("insured").get("myNumber").asText()).isEqualTo(insured);
    String receipt = payload.get("receiptNumber").asText();
    JsonNode logged =
        AUDITOR.get("/api/v1/audit?action=MY_NUMBER_SENT&target=" + receipt).json().get("items");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).get("detail").asText()).contains("DIRECT_API").doesNotContain(insured);
  }

  @Test
  void aFileExportWithTheDecisionWritesTheSpousesNumberAndLogsTheExport() throws IOException {
    Path directory =
        Files.createDirectories(
            MadoguchiServer.get().exportRoot().resolve("it-" + UUID.randomUUID()));
    ObjectNode route =
        withMyNumberColumn(
                Linkage.fileRoute("FILE_EXPORT", directory.toString()),
                "配偶者個人番号",
                "form.spouse.myNumber")
            .put("includeMyNumber", true);
    ObjectNode previous = currentRouteOrNull("CC-01");
    try {
      Linkage.configure("CC-01", route);
      MyNumberProtectionIT.Family f = MyNumberProtectionIT.submitFamily();
      accept(f.id());

      List<Path> files =
          Linkage.await(() -> Linkage.exportedFiles(directory), l -> !l.isEmpty(), "the export");
      String content = Files.readString(files.get(0), Charset.forName("windows-31j"));
      assertThat(content).contains(f.spouse()).doesNotContain(f.applicant());
      // the file is renamed into place before the delivery's transaction (and its log entry)
      // commits
      JsonNode logged =
          Linkage.await(
              () ->
                  AUDITOR
                      .get("/api/v1/audit?action=FILE_EXPORTED&target=" + f.receipt())
                      .json()
                      .get("items"),
              items -> items.size() == 1,
              "the FILE_EXPORTED entry");
      assertThat(logged.get(0).get("detail").asText()).contains("myNumber=exported");
    } finally {
      if (previous != null) {
        Linkage.configure("CC-01", previous);
      }
    }
  }

  /** Sends an LTC-01 filed by family through {@code route}; the body the core system received. */
  private static String deliverLtcByFamily(String insured, ObjectNode route, String path) {
    core.script(path, 200);
    ObjectNode previous = currentRouteOrNull("LTC-01");
    try {
      Linkage.configure("LTC-01", route);
      WorkflowIT.Submitted s = MyNumberProtectionIT.submitLtcByFamily(insured);
      accept(s.id());
      Linkage.awaitDelivery(s.id(), "DELIVERED");
      List<String> bodies = core.bodiesSeen(path);
      assertThat(bodies).hasSize(1);
      return bodies.get(0);
    } finally {
      if (previous != null) {
        Linkage.configure("LTC-01", previous);
      }
    }
  }

  private static void accept(String id) {
    WorkflowIT.Submitted s = new WorkflowIT.Submitted(ApplicationJson.valid("CC-01"), id);
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    Reply accepted = s.step(CLERK, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
  }

  private static ObjectNode currentRouteOrNull(String procedure) {
    Reply current = Linkage.IT_ADMIN.get("/api/v1/admin/linkage-routes/" + procedure);
    return current.status() == 200 ? Linkage.currentRoute(procedure) : null;
  }
}
