package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A server with no portal setting at all (the pull is optional configuration) deploys, is healthy,
 * and answers the portal-pull endpoints with a Japanese 503 problem instead of failing.
 */
class PortalUnconfiguredIT {

  @Test
  void withoutPortalSettingsTheServerStartsAndSaysThePullIsNotConfigured() throws Exception {
    Path workDir = Path.of(System.getProperty("madoguchi.it.workdir", "target/it"), "no-portal");
    try (TestDatabase database = TestDatabase.freshH2(workDir)) {
      MadoguchiServer server =
          MadoguchiServer.dedicated(database, workDir, Map.of()).withoutPortalSettings();
      try {
        server.start();
        Api admin = Api.as(server, "itadmin", "itadmin-demo");

        assertThat(Api.anonymous(server).get("/health").text()).contains("\"status\":\"UP\"");
        Api.Reply status = admin.get("/api/v1/admin/portal/status");
        Api.Reply poll = admin.post("/api/v1/admin/portal/poll", "application/json", new byte[0]);

        assertThat(status.status()).isEqualTo(503);
        assertThat(status.json().path("detail").asText()).contains("ポータルからの取得は設定されていません");
        assertThat(poll.status()).isEqualTo(503);
        assertThat(
                Api.as(server, "clerk", "clerk-demo")
                    .get("/api/v1/intake/portal-refusals")
                    .json()
                    .path("items"))
            .isEmpty();
      } finally {
        server.close();
      }
    }
  }
}
