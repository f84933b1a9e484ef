package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.app.infrastructure.security.MyNumberCipher;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rotating the 個人番号 key (on a fresh H2 or PostgreSQL schema of its own): a server of its own stores
 * 個人番号 and a route's API key under the demo key, is restarted with a new key (the old one listed
 * for reading), which encrypts everything again at start-up; restarted once more with the new key
 * alone, it still discloses the number and sends the API key.
 */
class KeyRotationIT {

  private static final String NEW_KEY = "cm90YXRpb24tdGVzdC1rZXktb2YtMzItYnl0ZXMtISE=";
  private static final String NEW_KEY_ID = "2026-12";

  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  @Test
  void aNewKeyTakesOverEverythingTheOldKeyEncrypted() throws Exception {
    Path workDir = Path.of(System.getProperty("madoguchi.it.workdir", "target/it"), "key-rotation");
    boolean postgreSql = "postgresql".equals(System.getProperty("madoguchi.it.database"));
    try (TestDatabase database =
        postgreSql ? TestDatabase.freshPostgreSql() : TestDatabase.freshH2(workDir)) {
      MadoguchiServer server = MadoguchiServer.dedicated(database, workDir, Map.of());
      try {
        server.start();
        ObjectNode route = Linkage.apiRoute(core.url("/keyed"), 3);
        ((ObjectNode) route.get("api")).putObject("headers").put("X-Api-Key", "k-secret-4711");
        Api admin = Api.as(server, "itadmin", "itadmin-demo");
        Reply saved =
            admin.send(
                admin
                    .request("/api/v1/admin/linkage-routes/CAR-03")
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(route.toString())));
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        ApplicationJson application = ApplicationJson.valid("CC-01");
        Reply submitted =
            Api.as(server, "portal", "portal-demo")
                .postJson("/api/v1/applications", application.json());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
        String id = submitted.json().get("id").asText();
        String myNumber = application.json().at("/applicant/myNumber").asText();
        assertThat(keyIds(database)).containsExactly("demo");

        server.close();
        server.withEnvironment(
            Map.of(
                "MADOGUCHI_MYNUMBER_KEY", NEW_KEY,
                "MADOGUCHI_MYNUMBER_KEY_ID", NEW_KEY_ID,
                "MADOGUCHI_MYNUMBER_PREVIOUS_KEYS", "demo=" + MyNumberCipher.DEMO_KEY));
        server.start();

        assertThat(keyIds(database)).containsExactly(NEW_KEY_ID);
        assertThat(sealedRouteKeyIds(database)).containsExactly(NEW_KEY_ID);
        assertThat(server.log()).contains("個人番号の鍵の切替").doesNotContain(myNumber);

        server.close();
        server.withEnvironment(Map.of("MADOGUCHI_MYNUMBER_PREVIOUS_KEYS", ""));
        server.start();

        Reply disclosed =
            Api.as(server, "supervisor", "supervisor-demo")
                .postJson(
                    "/api/v1/intake/" + id + "/my-number",
                    Api.JSON.createObjectNode().put("reason", "鍵の切替後の確認"));
        assertThat(disclosed.status()).as(disclosed.text()).isEqualTo(200);
        assertThat(disclosed.json().get("myNumber").asText()).isEqualTo(myNumber);
        accept(server, "CAR-03");
        awaitCall(server);
        assertThat(core.calls("/keyed"))
            .extracting(CoreSystemStub.Call::apiKey)
            .containsOnly("k-secret-4711");
      } finally {
        server.close();
      }
    }
  }

  /** Submits an application of the procedure and accepts it as a clerk. */
  private static void accept(MadoguchiServer server, String procedure) {
    Reply submitted =
        Api.as(server, "portal", "portal-demo")
            .postJson("/api/v1/applications", ApplicationJson.valid(procedure).json());
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
    String id = submitted.json().get("id").asText();
    Api clerk = Api.as(server, "clerk", "clerk-demo");
    for (String action : new String[] {"START_REVIEW", "ACCEPT"}) {
      long version = clerk.get("/api/v1/intake/" + id).json().get("version").asLong();
      Reply step =
          clerk.postJson(
              "/api/v1/intake/" + id + "/transitions",
              Api.JSON.createObjectNode().put("action", action).put("expectedVersion", version));
      assertThat(step.status()).as(step.text()).isEqualTo(200);
    }
  }

  private static void awaitCall(MadoguchiServer server) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (core.calls("/keyed").isEmpty() && Instant.now().isBefore(deadline)) {
      server.pause(Duration.ofMillis(100));
    }
  }

  /** The key ids of every stored 個人番号 (the applicants' and the forms'). */
  private static Set<String> keyIds(TestDatabase database) throws SQLException {
    return strings(
        database,
        "SELECT my_number_key_id FROM application WHERE my_number_cipher IS NOT NULL"
            + " UNION SELECT my_number_key_id FROM application_my_number");
  }

  /** The key ids in the sealed values of every route version. */
  private static Set<String> sealedRouteKeyIds(TestDatabase database) throws SQLException {
    Set<String> ids = new TreeSet<>();
    for (String config :
        strings(
            database,
            "SELECT config_json FROM linkage_route_version WHERE config_json LIKE '%aes-gcm:%'")) {
      var sealed = java.util.regex.Pattern.compile("aes-gcm:([^:\"]+):").matcher(config);
      while (sealed.find()) {
        ids.add(sealed.group(1));
      }
    }
    return ids;
  }

  private static Set<String> strings(TestDatabase database, String sql) throws SQLException {
    Set<String> values = new TreeSet<>();
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
