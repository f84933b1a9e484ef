package jp.madoguchi.app.it;

import static jp.madoguchi.app.it.Linkage.IT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.integration.sftp.EmbeddedSftpServer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FILE_EXPORT over SFTP through the real server to a real SFTP server (Apache MINA SSHD) started
 * here: CC-01 gets a second route, {@code sftp}, with the same file settings as its demo route.
 */
class SftpLinkageIT {

  private static final String ROUTE = "sftp";
  @TempDir static Path root;
  private static EmbeddedSftpServer server;

  @BeforeAll
  static void startServer() throws Exception {
    Files.createDirectories(root.resolve("incoming"));
    server = EmbeddedSftpServer.start(root);
  }

  @AfterAll
  static void stopServer() throws Exception {
    ObjectNode off = sftpRoute(server.hostKey(), EmbeddedSftpServer.PASSWORD);
    off.put("enabled", false);
    putRoute(off);
    server.close();
  }

  /** The demo route's file settings, sent to the SFTP server. */
  private static ObjectNode sftpRoute(String hostKey, String password) {
    ObjectNode route = Linkage.currentRoute("CC-01");
    ObjectNode file = (ObjectNode) route.get("file");
    file.put("directory", server.address("/incoming"));
    file.putObject("sftp")
        .put("username", EmbeddedSftpServer.USER)
        .put("password", password)
        .put("hostKey", hostKey);
    route.putObject("retry").put("maxAttempts", 2).put("initialDelayMs", 50).put("maxDelayMs", 100);
    return route;
  }

  private static Reply putRoute(ObjectNode route) {
    return IT_ADMIN.send(
        IT_ADMIN
            .request("/api/v1/admin/linkage-routes/CC-01?route=" + ROUTE)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(route.toString())));
  }

  private static JsonNode awaitBoth(String applicationId, String sftpStatus) {
    return Linkage.await(
        () -> Linkage.deliveryHistory(applicationId),
        h ->
            h.size() == 2
                && h.findValues("delivery").stream()
                    .anyMatch(
                        d ->
                            d.get("route").asText().equals(ROUTE)
                                && d.get("status").asText().equals(sftpStatus)),
        "the SFTP delivery of " + applicationId + " to be " + sftpStatus);
  }

  private static JsonNode delivery(JsonNode history, String routeName) {
    for (JsonNode entry : history) {
      if (entry.get("delivery").get("route").asText().equals(routeName)) {
        return entry;
      }
    }
    throw new AssertionError("no delivery of route " + routeName + ": " + history);
  }

  @Test
  void aCc01Cp932FileIsUploadedByteForByteAndPostgreSqlLoadsIt() throws Exception {
    Reply put = putRoute(sftpRoute(server.hostKey(), EmbeddedSftpServer.PASSWORD));
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    Path localDirectory =
        Path.of(Linkage.currentRoute("CC-01").get("file").get("directory").asText());

    WorkflowIT.Submitted s = Linkage.accepted("CC-01");
    JsonNode history = awaitBoth(s.id(), "DELIVERED");
    Linkage.awaitStatus(s.id(), "LINKED");

    String uploadedName = delivery(history, ROUTE).get("delivery").get("coreReference").asText();
    Path uploaded = root.resolve("incoming").resolve(uploadedName);
    String localName = delivery(history, "main").get("delivery").get("coreReference").asText();
    byte[] bytes = Files.readAllBytes(uploaded);
    assertThat(bytes).isEqualTo(Files.readAllBytes(localDirectory.resolve(localName)));
    assertThat(Linkage.exportedFiles(root.resolve("incoming"))).contains(uploaded);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .parse(new StringReader(LinkageAcceptanceIT.strictCp932(bytes)))
            .getRecords();
    assertThat(rows.get(1).get(0)).isEqualTo(s.receipt());
    assertThat(rows.get(1).get(1)).isEqualTo(s.application().applicantName());
    if (MadoguchiServer.get().database().isPostgreSql()) {
      assertThat(LinkageAcceptanceIT.loadWithPostgreSql(uploaded, rows.get(0).size()))
          .isEqualTo(s.application().applicantName());
    }
  }

  @Test
  void theSftpPasswordIsWriteOnlyAndTheRouteTestChecksTheHostKey() {
    assertThat(putRoute(sftpRoute(server.hostKey(), EmbeddedSftpServer.PASSWORD)).status())
        .isEqualTo(200);
    JsonNode shown = IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-01?route=" + ROUTE).json();
    assertThat(shown.get("file").get("sftp").get("password").asText()).isEqualTo("********");
    String history =
        IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-01/history?route=" + ROUTE).text();
    assertThat(history).doesNotContain(EmbeddedSftpServer.PASSWORD);

    ObjectNode sentBack = (ObjectNode) shown.deepCopy();
    Reply again = putRoute(sentBack);
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    JsonNode tested = test(null);
    assertThat(tested.get("sftp").get("reachable").asBoolean()).as(tested.toString()).isTrue();

    ObjectNode wrongKey =
        sftpRoute(EmbeddedSftpServer.openSsh(EmbeddedSftpServer.newKeyPair()), "********");
    JsonNode refused = test(wrongKey);
    assertThat(refused.get("sftp").get("reachable").asBoolean()).isFalse();
    assertThat(refused.get("sftp").get("detail").asText()).contains("ホスト鍵が設定された鍵と一致しません");
  }

  @Test
  void aServerWithAnotherHostKeyParksTheDeliveryNamingTheReason() {
    String wrongKey = EmbeddedSftpServer.openSsh(EmbeddedSftpServer.newKeyPair());
    Reply put = putRoute(sftpRoute(wrongKey, EmbeddedSftpServer.PASSWORD));
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    try {
      WorkflowIT.Submitted s = Linkage.accepted("CC-01");
      JsonNode parked = delivery(awaitBoth(s.id(), "PARKED"), ROUTE);
      assertThat(parked.get("attempts").findValuesAsText("outcome"))
          .containsExactly("RETRY_SCHEDULED", "PARKED");
      assertThat(parked.get("delivery").get("lastError").asText())
          .startsWith("SFTPで送信できません（" + server.address("/incoming") + "）")
          .contains("ホスト鍵が設定された鍵と一致しません");
    } finally {
      putRoute(sftpRoute(server.hostKey(), EmbeddedSftpServer.PASSWORD));
    }
  }

  private static JsonNode test(ObjectNode route) {
    Reply tried =
        IT_ADMIN.send(
            IT_ADMIN
                .request("/api/v1/admin/linkage-routes/CC-01/test?route=" + ROUTE)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(route == null ? "{}" : route.toString())));
    assertThat(tried.status()).as(tried.text()).isEqualTo(200);
    return tried.json();
  }
}
