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

/** PostgreSQL only: /health follows the database going away and coming back. */
class DatabaseOutageIT {

  @Test
  void healthIsDownWhileTheDatabaseRefusesConnectionsAndUpAgainAfterwards() throws Exception {
    TestDatabase database = MadoguchiServer.get().database();
    assumeTrue(database.isPostgreSql(), "needs PostgreSQL to refuse connections");
    String name;
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT current_database()")) {
      rs.next();
      name = rs.getString(1);
    }
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
  }

  private static Reply awaitHealth(Predicate<Reply> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Reply last = null;
    while (Instant.now().isBefore(deadline)) {
      last = Api.anonymous().get("/health");
      if (condition.test(last)) {
        return last;
      }
      MadoguchiServer.get().pause(Duration.ofMillis(500));
    }
    throw new AssertionError("health did not change in time; last answer: " + last.text());
  }
}
