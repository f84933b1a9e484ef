package jp.madoguchi.app.it;

import static jp.madoguchi.app.it.Linkage.CLERK;
import static jp.madoguchi.app.it.Linkage.IT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linkage to core systems through the real server: the four patterns, routes and replay. */
class LinkageIT {

  private static final Charset CP932 = Charset.forName("windows-31j");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  @Test
  void fileExportWritesExactlyOneCp932FileAndTheApplicationBecomesLinkedThenCompletes()
      throws IOException {
    Path directory =
        Files.createDirectories(
            MadoguchiServer.get().exportRoot().resolve("it-" + UUID.randomUUID()));
    Linkage.configure("CC-02", Linkage.fileRoute("FILE_EXPORT", directory.toString()));

    WorkflowIT.Submitted s = Linkage.accepted("CC-02");

    List<Path> files =
        Linkage.await(
            () -> Linkage.exportedFiles(directory), f -> !f.isEmpty(), "an exported file");
    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(Linkage.exportedFiles(directory)).hasSize(1);
    String content = new String(Files.readAllBytes(files.get(0)), CP932);
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(content)).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(1)).isEqualTo("氏名");
    assertThat(rows.get(1).get(0)).isEqualTo(s.receipt());
    assertThat(rows.get(1).get(1)).isEqualTo(s.application().applicantName());
    assertThat(s.step(CLERK, "COMPLETE", null).status()).isEqualTo(200);
  }

  @Test
  void directApiRetriesA503AndDeliversOnceWithTheSameIdempotencyKey() {
    core.script("/retry", 200, 503);
    Linkage.configure("CC-03", Linkage.apiRoute(core.url("/retry"), 5));

    WorkflowIT.Submitted s = Linkage.accepted("CC-03");

    Linkage.awaitStatus(s.id(), "LINKED");
    List<String> keys = core.keysSeen("/retry");
    assertThat(keys).hasSize(2);
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
    JsonNode delivery = Linkage.deliveriesOf("CC-03", s.receipt()).get(0);
    assertThat(delivery.get("id").asText()).isEqualTo(keys.get(0));
    assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
    assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
    assertThat(delivery.get("coreReference").asText()).isEqualTo("CORE-" + keys.get(0));
    assertThat(core.bodiesSeen("/retry"))
        .allSatisfy(
            body ->
                assertThat(body)
                    .contains(s.receipt())
                    .doesNotContain("myNumber")
                    .doesNotContain("123456789018"));
  }

  @Test
  void directApi400ParksAndABulkRetryDeliversOnceTheCoreSystemIsFixed() {
    core.script("/broken", 400);
    Linkage.configure("CC-06", Linkage.apiRoute(core.url("/broken"), 5));
    WorkflowIT.Submitted s = Linkage.accepted("CC-06");

    JsonNode parked =
        Linkage.await(
            () -> Linkage.deliveriesOf("CC-06", s.receipt()).get(0),
            d -> d.get("status").asText().equals("PARKED"),
            "the delivery to be parked");
    assertThat(parked.get("lastError").asText()).isEqualTo("HTTP 400");
    assertThat(core.keysSeen("/broken")).hasSize(1);

    core.script("/broken", 200);
    Reply replay =
        IT_ADMIN.postJson(
            "/api/v1/admin/deliveries/retry",
            Api.JSON.createObjectNode().put("status", "PARKED").put("procedure", "CC-06"));
    assertThat(replay.status()).as(replay.text()).isEqualTo(200);
    assertThat(replay.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);

    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(core.keysSeen("/broken")).hasSize(2).containsOnly(parked.get("id").asText());
    assertThat(core.successes(parked.get("id").asText())).isEqualTo(1);
    assertThat(s.step(CLERK, "COMPLETE", null).status()).isEqualTo(200);
  }

  @Test
  void manualEntryListsTheDeliveryPrintsItsSheetAndConfirmsWithTheCoreReference()
      throws IOException {
    Linkage.configure(
        "CC-04", Api.JSON.createObjectNode().put("pattern", "MANUAL").put("enabled", true));
    WorkflowIT.Submitted s = Linkage.accepted("CC-04");

    JsonNode entry = null;
    for (JsonNode e : CLERK.get("/api/v1/manual-entries?procedure=CC-04").json()) {
      if (e.get("receiptNumber").asText().equals(s.receipt())) {
        entry = e;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("applicantName").asText()).isEqualTo(s.application().applicantName());
    String id = entry.get("deliveryId").asText();

    Reply sheet = CLERK.get("/api/v1/manual-entries/" + id + "/sheet");
    assertThat(sheet.status()).isEqualTo(200);
    assertThat(sheet.contentType()).startsWith("application/pdf");
    assertThat(PdfText.extract(sheet.response().body())).contains(s.receipt());

    Reply done =
        CLERK.postJson(
            "/api/v1/manual-entries/" + id + "/done",
            Api.JSON.createObjectNode().put("coreReference", "KIKAN-0001"));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
    assertThat(done.json().get("status").asText()).isEqualTo("DELIVERED");
    assertThat(CLERK.get("/api/v1/intake/" + s.id()).json().get("status").asText())
        .isEqualTo("LINKED");
    JsonNode confirmed =
        AUDITOR.get("/api/v1/audit?action=DELIVERY_CONFIRMED&target=" + s.receipt()).json();
    assertThat(confirmed.get("items")).hasSize(1);
    assertThat(confirmed.get("items").get(0).get("actor").asText()).isEqualTo("clerk");
    assertThat(confirmed.get("items").get(0).get("detail").asText())
        .contains("delivery=" + id)
        .contains("coreReference=KIKAN-0001");
    JsonNode history = Linkage.deliveryHistory(s.id()).get(0).get("delivery");
    assertThat(history.get("coreReference").asText()).isEqualTo("KIKAN-0001");
  }

  @Test
  void batchIsClaimedDownloadedIdenticallyAndAcknowledgedWithOneRejection() {
    Api batch = Api.as("batch", "batch-demo");
    Linkage.configure("CC-05", Linkage.fileRoute("BATCH", null));
    WorkflowIT.Submitted first = Linkage.accepted("CC-05");
    WorkflowIT.Submitted second = Linkage.accepted("CC-05");

    Reply claim =
        batch.post("/api/v1/batches?procedure=CC-05&limit=100", "application/json", new byte[0]);
    assertThat(claim.status()).as(claim.text()).isEqualTo(201);
    assertThat(claim.json().get("count").asInt()).isEqualTo(2);
    String batchId = claim.json().get("batchId").asText();

    Reply file = batch.get("/api/v1/batches/" + batchId + "/file");
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.contentType()).isEqualTo("text/csv; charset=windows-31j");
    assertThat(batch.get("/api/v1/batches/" + batchId + "/file").response().body())
        .isEqualTo(file.response().body());
    String csv = new String(file.response().body(), CP932);
    assertThat(csv.split("\r\n")).hasSize(3);
    assertThat(csv).contains(first.receipt()).contains(second.receipt());
    JsonNode exported =
        AUDITOR.get("/api/v1/audit?action=BATCH_EXPORTED&target=CC-05").json().get("items");
    assertThat(exported.findValuesAsText("detail"))
        .contains("batch=" + batchId + " rows=2 myNumber=not-exported");

    ObjectNode ack = Api.JSON.createObjectNode();
    ack.putArray("rejected")
        .addObject()
        .put("receiptNumber", second.receipt())
        .put("reason", "住所不備");
    Reply acknowledged = batch.postJson("/api/v1/batches/" + batchId + "/ack", ack);
    assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
    assertThat(acknowledged.json().get("delivered").asInt()).isEqualTo(1);

    assertThat(CLERK.get("/api/v1/intake/" + first.id()).json().get("status").asText())
        .isEqualTo("LINKED");
    JsonNode rejected = Linkage.deliveriesOf("CC-05", second.receipt()).get(0);
    assertThat(rejected.get("status").asText()).isEqualTo("PARKED");
    assertThat(rejected.get("flaggedReason").asText()).contains("住所不備");
    Reply none =
        batch.post("/api/v1/batches?procedure=CC-05&limit=100", "application/json", new byte[0]);
    assertThat(none.status()).isEqualTo(204);
  }

  @Test
  void routesAreValidatedVersionedAndDeliveriesKeepTheirVersion() {
    ObjectNode missingDirectory =
        Linkage.fileRoute("FILE_EXPORT", "/nonexistent/" + UUID.randomUUID());
    Reply refused = Linkage.putRoute("CC-07", missingDirectory);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").get(0).get("field").asText())
        .isEqualTo("file.directory");
    Reply ftp = Linkage.putRoute("CC-07", Linkage.apiRoute("ftp://127.0.0.1/x", 3));
    assertThat(ftp.status()).isEqualTo(422);
    assertThat(ftp.json().get("errors").get(0).get("field").asText()).isEqualTo("api.url");

    Linkage.configure(
        "CC-07", Api.JSON.createObjectNode().put("pattern", "MANUAL").put("enabled", true));
    WorkflowIT.Submitted s = Linkage.accepted("CC-07");
    int before = Linkage.deliveriesOf("CC-07", s.receipt()).get(0).get("routeVersion").asInt();
    Linkage.configure("CC-07", Linkage.fileRoute("BATCH", null));

    JsonNode history = IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-07/history").json();
    assertThat(history.size()).isGreaterThanOrEqualTo(2);
    assertThat(history.get(history.size() - 1).get("author").asText()).isEqualTo("itadmin");
    assertThat(IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-07").json().get("pattern").asText())
        .isEqualTo("BATCH");
    JsonNode kept = Linkage.deliveriesOf("CC-07", s.receipt()).get(0);
    assertThat(kept.get("routeVersion").asInt()).isEqualTo(before);
    assertThat(kept.get("pattern").asText()).isEqualTo("MANUAL");
  }

  @Test
  void linkageAdministrationIsForItStaffOnly() {
    assertThat(CLERK.get("/api/v1/admin/linkage-routes").status()).isEqualTo(403);
    assertThat(CLERK.get("/api/v1/admin/deliveries").status()).isEqualTo(403);
    assertThat(IT_ADMIN.get("/api/v1/admin/linkage-routes").status()).isEqualTo(200);
  }
}
