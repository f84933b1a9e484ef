package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 被害の程度 of DIS-01 to core systems: in the DIRECT_API payload and as export columns. */
class DamageLinkageIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Charset CP932 = Charset.forName("MS932");
  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  private static ObjectNode previous;

  @BeforeAll
  static void keepTheRoute() {
    Reply current = Linkage.IT_ADMIN.get("/api/v1/admin/linkage-routes/DIS-01");
    previous = current.status() == 200 ? Linkage.currentRoute("DIS-01") : null;
  }

  @AfterAll
  static void restoreTheRoute() {
    if (previous != null) {
      Linkage.configure("DIS-01", previous);
    }
  }

  static Submitted gradedAndAccepted(String gradeJson) {
    Submitted s = WorkflowIT.submit("DIS-01");
    Reply graded =
        CLERK.send(
            CLERK
                .request("/api/v1/intake/" + s.id() + "/damage-grade")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(gradeJson)));
    assertThat(graded.status()).as(graded.text()).isEqualTo(200);
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    Reply accepted = s.step(CLERK, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    return s;
  }

  @Test
  void theDirectApiPayloadOfADis01CarriesTheDamageGrade() throws IOException {
    core.script("/dis-damage", 200);
    Linkage.configure("DIS-01", Linkage.apiRoute(core.url("/dis-damage"), 3));

    Submitted s = gradedAndAccepted("{\"grade\": \"DAIKIBO_HANKAI\", \"ratioPercent\": 42.5}");

    Linkage.awaitDelivery(s.id(), "DELIVERED");
    List<String> bodies = core.bodiesSeen("/dis-damage");
    JsonNode body =
        bodies.stream()
            .map(Linkage::json)
            .filter(b -> b.path("receiptNumber").asText().equals(s.receipt()))
            .findFirst()
            .orElseThrow();
    assertThat(body.at("/damage/grade").asText()).isEqualTo("DAIKIBO_HANKAI");
    assertThat(body.at("/damage/label").asText()).isEqualTo("大規模半壊");
    assertThat(body.at("/damage/ratioPercent").decimalValue()).isEqualByComparingTo("42.5");
  }

  @Test
  void anExportFileHasTheDamageColumns() throws IOException {
    Path directory =
        Files.createDirectories(
            MadoguchiServer.get().exportRoot().resolve("it-" + UUID.randomUUID()));
    ObjectNode route = Linkage.fileRoute("FILE_EXPORT", directory.toString());
    ArrayNode columns = (ArrayNode) route.get("file").get("columns");
    columns.addObject().put("name", "被害の程度コード").put("source", "damage.grade");
    columns.addObject().put("name", "被害の程度").put("source", "damage.label");
    columns.addObject().put("name", "損害割合").put("source", "damage.ratioPercent");
    Linkage.configure("DIS-01", route);

    Submitted s = gradedAndAccepted("{\"grade\": \"ZENKAI\", \"ratioPercent\": 55}");

    List<Path> files =
        Linkage.await(
            () -> Linkage.exportedFiles(directory), f -> !f.isEmpty(), "an exported file");
    String content = new String(Files.readAllBytes(files.get(0)), CP932);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(content)).getRecords();
    assertThat(rows.get(0).get(4)).isEqualTo("被害の程度");
    assertThat(rows.get(1).get(0)).isEqualTo(s.receipt());
    assertThat(rows.get(1).get(3)).isEqualTo("ZENKAI");
    assertThat(rows.get(1).get(4)).isEqualTo("全壊");
    assertThat(rows.get(1).get(5)).isEqualTo("55.0");
  }

  @Test
  void aDamageColumnOnAnotherProcedureIsRefusedNamingTheColumn() {
    ObjectNode route = Linkage.fileRoute("BATCH", null);
    ((ArrayNode) route.get("file").get("columns"))
        .addObject()
        .put("name", "被害の程度")
        .put("source", "damage.label");

    Reply refused = Linkage.putRoute("CC-09", route);

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").findValuesAsText("field"))
        .contains("file.columns[3].source");
  }
}
