package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

class SecurityIT {

  @Test
  void submittingWithoutCredentialsIs401ProblemWithABasicChallenge() {
    Reply reply =
        Api.anonymous().postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(reply.json().get("title").asText()).isEqualTo("認証が必要です");
  }

  @Test
  void wrongPasswordIs401Problem() {
    Reply reply =
        Api.as("portal", "not-the-password")
            .postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());

    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void unknownUserIs401Problem() {
    Reply reply = Api.as("nobody", "portal-demo").get("/api/v1/applications/X/status");

    assertThat(reply.status()).isEqualTo(401);
  }

  @Test
  void clerkMayNotSubmitAsThePortal() {
    Reply reply =
        Api.as("clerk", "clerk-demo")
            .postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("detail").asText()).contains("PORTAL");
  }

  @Test
  void auditorMayNotReadPortalStatus() {
    Reply reply = Api.as("auditor", "auditor-demo").get("/api/v1/applications/X/status");

    assertThat(reply.status()).isEqualTo(403);
  }

  @Test
  void catalogIsOpenWithoutLogin() {
    assertThat(Api.anonymous().get("/api/v1/procedures").status()).isEqualTo(200);
  }

  @Test
  void passwordsAreStoredAsSaltedPbkdf2Hashes() throws Exception {
    try (var connection = MadoguchiServer.get().database().connect();
        var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT username, password_hash FROM app_user WHERE username IN ('portal','clerk')")) {
      java.util.Set<String> hashes = new java.util.HashSet<>();
      while (rows.next()) {
        String hash = rows.getString(2);
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("demo");
        hashes.add(hash.split("\\$")[2]);
      }
      assertThat(hashes).as("distinct salts").hasSize(2);
    }
  }
}
