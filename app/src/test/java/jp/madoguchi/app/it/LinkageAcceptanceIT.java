package jp.madoguchi.app.it;

import static jp.madoguchi.app.it.Linkage.CLERK;
import static jp.madoguchi.app.it.Linkage.IT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.CoreSystemStub.Call;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The acceptance points of the linkage issue, each through the real server. */
class LinkageAcceptanceIT {

  private static final Charset CP932 = Charset.forName("windows-31j");
  private static final Api BATCH_JOB = Api.as("batch", "batch-demo");
  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  @Test
  void cc01AsFileExportCp932WritesAFileThatIconvDecodesAndPostgreSqlLoads() throws Exception {
    JsonNode route = IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-01").json();
    assertThat(route.get("pattern").asText()).isEqualTo("FILE_EXPORT");
    assertThat(route.get("file").get("encoding").asText()).isEqualTo("CP932");
    Path directory = Path.of(route.get("file").get("directory").asText());

    WorkflowIT.Submitted s = Linkage.accepted("CC-01");

    Path file =
        Linkage.await(() -> exported(directory, s.receipt()), f -> f.size() == 1, "the file")
            .get(0);
    Linkage.awaitStatus(s.id(), "LINKED");
    String name = s.application().applicantName();
    String text = strictCp932(Files.readAllBytes(file));
    assertThat(text).endsWith("\r\n").doesNotContain("〓");
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get(0)).isEqualTo(s.receipt());
    assertThat(rows.get(1).get(1)).isEqualTo(name);
    if (onPath("iconv")) {
      assertThat(run("iconv", "-f", "CP932", "-t", "UTF-8", file.toString())).isEqualTo(text);
    }
    if (MadoguchiServer.get().database().isPostgreSql()) {
      assertThat(loadWithPostgreSql(file, rows.get(0).size())).isEqualTo(name);
    }
  }

  @Test
  void ltc01AsDirectApiToACoreSystemFailingTwiceIsDeliveredOnTheThirdAttemptWithOneKey() {
    ObjectNode demoRoute = Linkage.currentRoute("LTC-01");
    try {
      core.script("/ltc-01", 200, 503, 503);
      Linkage.configure("LTC-01", Linkage.apiRoute(core.url("/ltc-01"), 5));

      WorkflowIT.Submitted s = Linkage.accepted("LTC-01");

      Linkage.awaitStatus(s.id(), "LINKED");
      JsonNode history = Linkage.deliveryHistory(s.id()).get(0);
      String key = history.get("delivery").get("id").asText();
      assertThat(core.calls("/ltc-01")).extracting(Call::status).containsExactly(503, 503, 200);
      assertThat(core.keysSeen("/ltc-01")).containsOnly(key);
      assertThat(core.successes(key)).isEqualTo(1);
      assertThat(history.get("delivery").get("coreReference").asText()).isEqualTo("CORE-" + key);
      assertThat(history.get("attempts").findValuesAsText("outcome"))
          .containsExactly("RETRY_SCHEDULED", "RETRY_SCHEDULED", "DELIVERED");
      assertThat(history.get("attempts").get(0).get("error").asText()).isEqualTo("HTTP 503");
    } finally {
      Linkage.configure("LTC-01", demoRoute);
    }
  }

  @Test
  void aThousandPendingBatchDeliveriesAreClaimedAtOnceAndLinkedByOneAck() throws Exception {
    Linkage.configure("CC-09", Linkage.fileRoute("BATCH", null));
    drainBatches("CC-09");
    Set<String> receipts = acceptMany("CC-09", 1000);

    Reply claim = claim("CC-09", 5000);
    assertThat(claim.status()).as(claim.text()).isEqualTo(201);
    assertThat(claim.json().get("count").asInt()).isEqualTo(1000);
    String batchId = claim.json().get("batchId").asText();
    byte[] file = BATCH_JOB.get("/api/v1/batches/" + batchId + "/file").response().body();
    assertThat(BATCH_JOB.get("/api/v1/batches/" + batchId + "/file").response().body())
        .isEqualTo(file);
    List<CSVRecord> rows =
        CSVFormat.RFC4180.parse(new StringReader(strictCp932(file))).getRecords();
    assertThat(rows).hasSize(1001);
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)))
        .containsExactlyInAnyOrderElementsOf(receipts);

    Reply ack =
        BATCH_JOB.postJson(
            "/api/v1/batches/" + batchId + "/ack",
            Api.JSON.createObjectNode().set("rejected", Api.JSON.createArrayNode()));
    assertThat(ack.status()).as(ack.text()).isEqualTo(200);
    assertThat(ack.json().get("delivered").asInt()).isEqualTo(1000);
    assertThat(linkedReceipts("CC-09")).containsAll(receipts);
    assertThat(claim("CC-09", 5000).status()).isEqualTo(204);
  }

  @Test
  void aParkedDeliveryRetriedFromTheAdminApiAfterTheCoreSystemRecoversIsDeliveredOnce() {
    core.script("/down", 503);
    Linkage.configure("CC-08", Linkage.apiRoute(core.url("/down"), 2));
    WorkflowIT.Submitted s = Linkage.accepted("CC-08");

    JsonNode parked = Linkage.awaitDelivery(s.id(), "PARKED").get("delivery");
    String key = parked.get("id").asText();
    assertThat(parked.get("lastError").asText()).contains("HTTP 503").contains("maxAttempts");
    assertThat(core.successes(key)).isZero();

    core.script("/down", 200);
    Reply retry =
        IT_ADMIN.post(
            "/api/v1/admin/deliveries/" + key + "/retry", "application/json", new byte[0]);
    assertThat(retry.status()).as(retry.text()).isEqualTo(200);

    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(core.keysSeen("/down")).hasSize(3).containsOnly(key);
    assertThat(core.successes(key)).isEqualTo(1);
    assertThat(Linkage.deliveryHistory(s.id()).get(0).get("delivery").get("status").asText())
        .isEqualTo("DELIVERED");
  }

  /** Claims and acknowledges whatever an earlier test left pending for the procedure. */
  static void drainBatches(String procedure) {
    Reply claim;
    while ((claim = claim(procedure, 100_000)).status() == 201) {
      String batchId = claim.json().get("batchId").asText();
      ObjectNode none = Api.JSON.createObjectNode();
      none.putArray("rejected");
      assertThat(BATCH_JOB.postJson("/api/v1/batches/" + batchId + "/ack", none).status())
          .isEqualTo(200);
    }
    assertThat(claim.status()).isEqualTo(204);
  }

  static Reply claim(String procedure, int limit) {
    return BATCH_JOB.post(
        "/api/v1/batches?procedure=" + procedure + "&limit=" + limit,
        "application/json",
        new byte[0]);
  }

  /** Submits and accepts {@code count} applications on four threads; their receipt numbers. */
  private static Set<String> acceptMany(String procedure, int count) throws Exception {
    ExecutorService clerks = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> accepted = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        accepted.add(clerks.submit(() -> Linkage.accepted(procedure).receipt()));
      }
      Set<String> receipts = new HashSet<>();
      for (Future<String> receipt : accepted) {
        receipts.add(receipt.get());
      }
      return receipts;
    } finally {
      clerks.shutdownNow();
    }
  }

  /** Receipt numbers of the procedure's LINKED applications, following the queue's cursor. */
  private static Set<String> linkedReceipts(String procedure) {
    Set<String> linked = new HashSet<>();
    String cursor = null;
    do {
      JsonNode page =
          CLERK
              .get(
                  "/api/v1/intake?status=LINKED&procedure="
                      + procedure
                      + "&limit=200"
                      + (cursor == null ? "" : "&cursor=" + cursor))
              .json();
      page.get("items").forEach(item -> linked.add(item.get("receiptNumber").asText()));
      cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return linked;
  }

  private static List<Path> exported(Path directory, String receipt) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().startsWith(receipt + "_")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Decodes CP932, failing on any byte sequence that is not CP932. */
  static String strictCp932(byte[] bytes) throws CharacterCodingException {
    return CP932
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * Loads the file into a temporary table with psql's {@code \copy … (FORMAT csv, ENCODING 'SJIS',
   * HEADER)} and returns the name column of the loaded row.
   */
  static String loadWithPostgreSql(Path file, int columns) throws Exception {
    String table =
        Stream.iterate(1, i -> i + 1)
            .limit(columns)
            .map(i -> "c" + i + " text")
            .collect(Collectors.joining(", ", "CREATE TEMP TABLE t (", ")"));
    String url = MadoguchiServer.get().database().adminUrl().replaceFirst("^jdbc:", "");
    return run(
            "psql",
            url,
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            table,
            "-c",
            "\\copy t FROM '" + file + "' (FORMAT csv, ENCODING 'SJIS', HEADER)",
            "-c",
            "SELECT c2 FROM t")
        .strip();
  }

  private static boolean onPath(String command) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
  }

  /** Runs a command and returns its standard output (UTF-8); fails unless it exits with 0. */
  private static String run(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
    builder.environment().put("PGCLIENTENCODING", "UTF8");
    Process process = builder.start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + ": " + err).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
