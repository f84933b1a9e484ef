package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.CoreSystemStub.Answer;
import jp.madoguchi.app.it.CoreSystemStub.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What IT staff meet operating linkage: batches of one route version each, replay onto today's
 * route, error texts they can act on, file mode and export roots, write-only secrets, paging.
 */
class LinkageOperationsIT {

  private static final Api IT_ADMIN = Linkage.IT_ADMIN;
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  private static final Api BATCH_JOB = Api.as("batch", "batch-demo");
  private static final Charset CP932 = Charset.forName("windows-31j");

  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  @Test
  void aBatchHoldsOneRouteVersionSoEveryRowMatchesItsHeaderAndCharset() {
    ObjectNode cp932 = batchRoute("CP932", "ISO");
    Linkage.configure("LTC-06", cp932);
    Linkage.accepted("LTC-06");
    Linkage.accepted("LTC-06");
    ObjectNode utf8 = batchRoute("UTF-8", "WAREKI");
    var columns = (com.fasterxml.jackson.databind.node.ArrayNode) utf8.path("file").path("columns");
    columns
        .addObject()
        .put("name", "生年月日")
        .put("source", "applicant.birthDate")
        .put("kind", "DATE");
    columns.addObject().put("name", "住所").put("source", "applicant.address");
    Linkage.configure("LTC-06", utf8);
    Linkage.accepted("LTC-06");
    Linkage.accepted("LTC-06");

    List<String[]> first = claimAndRead("LTC-06", 2, "text/csv; charset=windows-31j", CP932);
    assertThat(first).allSatisfy(row -> assertThat(row).hasSize(2));
    assertThat(first.get(0)).containsExactly("受付番号", "氏名");
    List<String[]> second = claimAndRead("LTC-06", 2, "text/csv; charset=UTF-8", UTF_8);
    assertThat(second).allSatisfy(row -> assertThat(row).hasSize(4));
    assertThat(second.get(0)).containsExactly("受付番号", "氏名", "生年月日", "住所");
    assertThat(second.get(1)[2]).matches("[1-5][0-9]{6}");
    Reply none =
        BATCH_JOB.post(
            "/api/v1/batches?procedure=LTC-06&limit=100", "application/json", new byte[0]);
    assertThat(none.status()).isEqualTo(204);
  }

  @Test
  void parkedOnADeadUrlThenReplayedOntoTheFixedRouteLinksWithOneKeyPerDelivery() {
    String dead = "http://127.0.0.1:" + freePort() + "/dead";
    Linkage.configure("CC-14", Linkage.apiRoute(dead, 1));
    WorkflowIT.Submitted one = Linkage.accepted("CC-14");
    WorkflowIT.Submitted two = Linkage.accepted("CC-14");
    JsonNode parked = Linkage.awaitDelivery(one.id(), "PARKED").get("delivery");
    Linkage.awaitDelivery(two.id(), "PARKED");
    assertThat(parked.get("lastError").asText()).contains("connection failed: " + dead);
    int oldVersion = parked.get("routeVersion").asInt();

    Linkage.configure("CC-14", Linkage.apiRoute(core.url("/cc-14"), 3));
    Reply single =
        IT_ADMIN.post(
            "/api/v1/admin/deliveries/" + parked.get("id").asText() + "/retry?route=current",
            "application/json",
            new byte[0]);
    assertThat(single.status()).as(single.text()).isEqualTo(200);
    assertThat(single.json().get("routeVersion").asInt()).isGreaterThan(oldVersion);
    ObjectNode bulk = Api.JSON.createObjectNode().put("status", "PARKED").put("procedure", "CC-14");
    Reply replayed = IT_ADMIN.postJson("/api/v1/admin/deliveries/retry?route=current", bulk);
    assertThat(replayed.status()).as(replayed.text()).isEqualTo(200);
    assertThat(replayed.json().get("replayed").asInt()).isGreaterThanOrEqualTo(1);

    Linkage.awaitStatus(one.id(), "LINKED");
    Linkage.awaitStatus(two.id(), "LINKED");
    List<String> keys = core.keysSeen("/cc-14");
    String firstKey = Linkage.deliveryHistory(one.id()).get(0).get("delivery").get("id").asText();
    String secondKey = Linkage.deliveryHistory(two.id()).get(0).get("delivery").get("id").asText();
    assertThat(keys).containsExactlyInAnyOrder(firstKey, secondKey);
    JsonNode attempts = Linkage.deliveryHistory(one.id()).get(0).get("attempts");
    assertThat(attempts.findValuesAsText("outcome"))
        .containsExactly("PARKED", "REBOUND", "DELIVERED");
    assertThat(attempts.get(1).get("error").asText())
        .contains("現在の設定で再送")
        .contains("itadmin")
        .contains("版 " + oldVersion);
    JsonNode audited =
        AUDITOR.get("/api/v1/audit?action=DELIVERY_REPLAYED&target=CC-14").json().get("items");
    assertThat(audited.findValuesAsText("detail"))
        .anyMatch(d -> d.contains("delivery=" + firstKey) && d.contains("route=current"))
        .anyMatch(d -> d.startsWith("bulk route=current"));
  }

  @Test
  void aCoreSystemsRefusalIsRecordedWithItsStatusAndDetail() {
    core.answer("/refuse", 422, Answer.problem(422, "世帯番号 12 は登録されていません"));
    Linkage.configure("LTC-08", Linkage.apiRoute(core.url("/refuse"), 3));
    WorkflowIT.Submitted s = Linkage.accepted("LTC-08");
    JsonNode parked = Linkage.awaitDelivery(s.id(), "PARKED").get("delivery");
    assertThat(parked.get("lastError").asText()).isEqualTo("HTTP 422: 世帯番号 12 は登録されていません");
  }

  @Test
  void anExportedFileIsReadableByTheGroupOnlyAndAMissingDirectoryIsNamed() throws IOException {
    String relative = "it-mode-" + UUID.randomUUID();
    Path directory = Files.createDirectories(MadoguchiServer.get().exportRoot().resolve(relative));
    ObjectNode route = Linkage.fileRoute("FILE_EXPORT", relative);
    route.putObject("retry").put("maxAttempts", 1).put("initialDelayMs", 50).put("maxDelayMs", 50);
    Reply saved = Linkage.putRoute("CC-15", route);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.json().at("/file/directory").asText()).isEqualTo(directory.toString());
    assertThat(saved.json().at("/file/mode").asText()).isEqualTo("0640");

    WorkflowIT.Submitted s = Linkage.accepted("CC-15");
    List<Path> files =
        Linkage.await(() -> Linkage.exportedFiles(directory), f -> !f.isEmpty(), "the export");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))))
        .isEqualTo("rw-r-----");
    Linkage.awaitStatus(s.id(), "LINKED");

    Files.delete(files.get(0));
    Files.delete(directory);
    WorkflowIT.Submitted lost = Linkage.accepted("CC-15");
    JsonNode parked = Linkage.awaitDelivery(lost.id(), "PARKED").get("delivery");
    assertThat(parked.get("lastError").asText()).startsWith("ディレクトリがありません: " + directory);
  }

  @Test
  void directoriesOutsideTheExportRootsAndSystemDirectoriesAreRefused() throws IOException {
    Path outside = Files.createTempDirectory("madoguchi-outside");
    Reply refused = Linkage.putRoute("CC-15", Linkage.fileRoute("FILE_EXPORT", outside.toString()));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    JsonNode error = refused.json().get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("file.directory");
    assertThat(error.get("code").asText()).isEqualTo("outsideExportRoots");
    Reply proc = Linkage.putRoute("CC-15", Linkage.fileRoute("FILE_EXPORT", "/proc"));
    assertThat(proc.status()).isEqualTo(422);
    assertThat(proc.json().get("errors").get(0).get("code").asText()).isEqualTo("systemDirectory");
    Reply badMode =
        Linkage.putRoute(
            "CC-15",
            withFile(
                Linkage.fileRoute("FILE_EXPORT", MadoguchiServer.get().exportRoot().toString()),
                "mode",
                "rw-r-----"));
    assertThat(badMode.status()).isEqualTo(422);
    assertThat(badMode.json().get("errors").get(0).get("field").asText()).isEqualTo("file.mode");
  }

  @Test
  void anApiKeyIsWriteOnlyAndAGetBodyIsValidPutInput() {
    ObjectNode route = Linkage.apiRoute(core.url("/keyed"), 3);
    ((ObjectNode) route.get("api"))
        .putObject("headers")
        .put("X-Api-Key", "k-secret-4711")
        .put("X-Trace", "madoguchi");
    Reply saved = Linkage.putRoute("CAR-01", route);
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    assertThat(saved.text()).doesNotContain("k-secret-4711");

    JsonNode current = IT_ADMIN.get("/api/v1/admin/linkage-routes/CAR-01").json();
    assertThat(current.at("/api/headers/X-Api-Key").asText()).isEqualTo("********");
    assertThat(current.at("/api/headers/X-Trace").asText()).isEqualTo("madoguchi");
    Reply again = Linkage.putRoute("CAR-01", (ObjectNode) current);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().get("version").asInt()).isEqualTo(current.get("version").asInt() + 1);

    List<String> everyGet =
        List.of(
            IT_ADMIN.get("/api/v1/admin/linkage-routes/CAR-01").text(),
            IT_ADMIN.get("/api/v1/admin/linkage-routes/CAR-01/history").text(),
            IT_ADMIN.get("/api/v1/admin/linkage-routes").text(),
            AUDITOR.get("/api/v1/audit?target=CAR-01").text());
    assertThat(everyGet).noneMatch(text -> text.contains("k-secret-4711"));

    WorkflowIT.Submitted s = Linkage.accepted("CAR-01");
    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(core.calls("/keyed")).extracting(Call::apiKey).containsOnly("k-secret-4711");

    ObjectNode otherProcedure = ((ObjectNode) current.deepCopy()).put("procedureCode", "CC-01");
    Reply mismatch = Linkage.putRoute("CAR-01", otherProcedure);
    assertThat(mismatch.status()).isEqualTo(422);
    assertThat(mismatch.json().get("errors").get(0).get("field").asText())
        .isEqualTo("procedureCode");
  }

  @Test
  void deliveriesArePagedByKeysetWithATotal() {
    Linkage.configure(
        "CAR-02", Api.JSON.createObjectNode().put("pattern", "MANUAL").put("enabled", true));
    Linkage.accepted("CAR-02");
    Linkage.accepted("CAR-02");
    Linkage.accepted("CAR-02");
    Reply page = IT_ADMIN.get("/api/v1/admin/deliveries?procedure=CAR-02&limit=2");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json()).hasSize(2);
    int total = Integer.parseInt(page.header("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(3);
    List<String> seen = new ArrayList<>(page.json().findValuesAsText("id"));
    String link = page.header("Link");
    while (link != null) {
      String next = link.substring(link.indexOf("/api/"), link.indexOf('>'));
      page = IT_ADMIN.get(next);
      seen.addAll(page.json().findValuesAsText("id"));
      link = page.header("Link");
    }
    assertThat(seen).hasSize(total).doesNotHaveDuplicates();
  }

  @Test
  void theRouteTestShowsNumbersAsRealFilesCarryThem() {
    ObjectNode route = batchRoute("UTF-8", "ISO");
    ((com.fasterxml.jackson.databind.node.ArrayNode) route.path("file").path("columns"))
        .addObject()
        .put("name", "電話番号")
        .put("source", "applicant.phone");
    Reply tried =
        IT_ADMIN.send(
            IT_ADMIN
                .request("/api/v1/admin/linkage-routes/LTC-07/test")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(route.toString())));
    assertThat(tried.status()).as(tried.text()).isEqualTo(200);
    String[] row = tried.json().get("content").asText().split("\r\n")[1].split(",");
    assertThat(row[row.length - 1]).matches("\"?[0-9]{10,11}\"?");
  }

  private static ObjectNode batchRoute(String encoding, String dateStyle) {
    ObjectNode route = Api.JSON.createObjectNode().put("pattern", "BATCH").put("enabled", true);
    ObjectNode file =
        route
            .putObject("file")
            .put("encoding", encoding)
            .put("dateStyle", dateStyle)
            .put("header", true);
    var columns = file.putArray("columns");
    columns.addObject().put("name", "受付番号").put("source", "receiptNumber");
    columns.addObject().put("name", "氏名").put("source", "applicant.name");
    return route;
  }

  private static ObjectNode withFile(ObjectNode route, String key, String value) {
    ((ObjectNode) route.get("file")).put(key, value);
    return route;
  }

  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  /** Claims a batch, checks its size and media type, and reads its rows strictly decoded. */
  private static List<String[]> claimAndRead(
      String procedure, int count, String mediaType, Charset charset) {
    Reply claim =
        BATCH_JOB.post(
            "/api/v1/batches?procedure=" + procedure + "&limit=100",
            "application/json",
            new byte[0]);
    assertThat(claim.status()).as(claim.text()).isEqualTo(201);
    assertThat(claim.json().get("count").asInt()).isEqualTo(count);
    String batchId = claim.json().get("batchId").asText();
    Reply file = BATCH_JOB.get("/api/v1/batches/" + batchId + "/file");
    assertThat(file.contentType()).isEqualTo(mediaType);
    String text = strictlyDecoded(file.response().body(), charset);
    List<String[]> rows = new ArrayList<>();
    for (String line : text.split("\r\n")) {
      rows.add(line.split(",", -1));
    }
    assertThat(rows).hasSize(count + 1);
    Reply ack =
        BATCH_JOB.postJson(
            "/api/v1/batches/" + batchId + "/ack",
            Api.JSON.createObjectNode().set("rejected", Api.JSON.createArrayNode()));
    assertThat(ack.status()).as(ack.text()).isEqualTo(200);
    return rows;
  }

  private static String strictlyDecoded(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("the file does not decode as " + charset, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
