package jp.madoguchi.app.it;

import static jp.madoguchi.app.it.Linkage.IT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * Route versions saved before secrets were write-only hold secret header values in clear: the next
 * start of the server seals them, and the API still shows them as ********.
 */
class RouteSecretSealingIT {

  private static final String ROUTE = "sealing";
  private static final String KEY = "clear-key-from-an-old-version";

  @Test
  void aSecretHeaderStoredInClearIsSealedAtTheNextStart() throws Exception {
    ObjectNode route = Linkage.apiRoute("http://127.0.0.1:9/core", 1);
    route.put("enabled", false);
    ((ObjectNode) route.get("api")).putObject("headers").put("X-Api-Key", "sealed-from-the-start");
    Reply put =
        IT_ADMIN.send(
            IT_ADMIN
                .request("/api/v1/admin/linkage-routes/CC-02?route=" + ROUTE)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(route.toString())));
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    int version = put.json().get("version").asInt();
    storeInClear(version);
    assertThat(stored(version)).contains(KEY);

    MadoguchiServer.get().restart();

    assertThat(stored(version)).doesNotContain(KEY).contains("aes-gcm:");
    String shown = IT_ADMIN.get("/api/v1/admin/linkage-routes/CC-02?route=" + ROUTE).text();
    assertThat(shown).doesNotContain(KEY).contains("********");
  }

  private static final String VERSION =
      " FROM linkage_route_version v JOIN linkage_route r ON r.id = v.route_id"
          + " WHERE r.procedure_code = 'CC-02' AND r.route_name = '"
          + ROUTE
          + "' AND v.version = ?";

  private static String stored(int version) throws Exception {
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement read = connection.prepareStatement("SELECT v.config_json" + VERSION)) {
      read.setInt(1, version);
      try (ResultSet rs = read.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  /** What a version saved before sealing looked like: the header value in clear. */
  private static void storeInClear(int version) throws Exception {
    ObjectNode config = (ObjectNode) Api.JSON.readTree(stored(version));
    ((ObjectNode) config.get("api").get("headers")).put("X-Api-Key", KEY);
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement write =
            connection.prepareStatement(
                "UPDATE linkage_route_version SET config_json = ? WHERE route_id ="
                    + " (SELECT id FROM linkage_route WHERE procedure_code = 'CC-02'"
                    + " AND route_name = ?) AND version = ?")) {
      write.setString(1, config.toString());
      write.setString(2, ROUTE);
      write.setInt(3, version);
      assertThat(write.executeUpdate()).isEqualTo(1);
    }
  }
}
