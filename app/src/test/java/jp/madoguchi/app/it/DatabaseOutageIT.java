package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL only: while the database refuses connections, every request that needs it answers 503
 * problem+json with Retry-After, /health answers DOWN within a second in readable Japanese, and
 * everything works again once the database is back, without a restart.
 */
class DatabaseOutageIT {

  @Test
  void whileTheDatabaseIsAwayRequestsAnswer503AndHealthIsDownFastThenAllRecovers()
      throws Exception {
    MadoguchiServer server = MadoguchiServer.get();
    TestDatabase database = server.database();
    assumeTrue(database.isPostgreSql(), "needs PostgreSQL to refuse connections");
    long pid = server.pid();
    String receipt = WorkflowIT.submit("CC-01").receipt();
    String name = currentDatabase(database);
    String maintenanceUrl = database.adminUrl().replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    try (Connection admin = DriverManager.getConnection(maintenanceUrl);
        Statement statement = admin.createStatement()) {
      try {
        statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + name
                + "' AND pid <> pg_backend_pid()");

        Reply down = awaitHealth(reply -> reply.status() == 503, Duration.ofSeconds(60));
        assertThat(down.json().get("status").asText()).isEqualTo("DOWN");
        assertThat(down.contentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(down.text()).contains("データベースに接続できません").doesNotContain("??");

        assertOutageProblem(
            Api.portal().postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json()));
        assertOutageProblem(Api.portal().get("/api/v1/applications/" + receipt + "/status"));
        assertOutageProblem(Api.as("clerk", "not-the-password").get("/api/v1/intake"));

        for (String path : new String[] {"/health", "/health/ready", "/health/live"}) {
          Instant start = Instant.now();
          Reply health = Api.anonymous().get(path);
          assertThat(Duration.between(start, Instant.now()))
              .as(path + " during the outage")
              .isLessThan(Duration.ofSeconds(1));
          assertThat(health.status()).as(path).isEqualTo(path.endsWith("live") ? 200 : 503);
        }
      } finally {
        statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
      }
    }

    Reply up = awaitHealth(reply -> reply.status() == 200, Duration.ofSeconds(90));
    assertThat(up.json().get("status").asText()).isEqualTo("UP");
    assertThat(
            Api.portal()
                .postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json())
                .status())
        .isEqualTo(201);
    assertThat(Api.portal().get("/api/v1/applications/" + receipt + "/status").status())
        .isEqualTo(200);
    assertThat(server.pid()).as("no restart").isEqualTo(pid);
  }

  private static void assertOutageProblem(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(503);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("Retry-After")).isNotBlank();
    assertThat(reply.json().get("type").asText()).isEqualTo("urn:madoguchi:problem:unavailable");
    assertThat(reply.json().get("detail").asText()).contains("データベースに接続できない");
  }

  private static String currentDatabase(TestDatabase database) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static Reply awaitHealth(Predicate<Reply> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Reply last = null;
    while (Instant.now().isBefore(deadline)) {
      last = Api.anonymous().get("/health/ready");
      if (condition.test(last)) {
        return last;
      }
      MadoguchiServer.get().pause(Duration.ofMillis(500));
    }
    throw new AssertionError("health did not change in time; last answer: " + last.text());
  }
}
