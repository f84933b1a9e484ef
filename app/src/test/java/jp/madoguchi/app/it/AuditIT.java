package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.Test;

class AuditIT {

  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  private static final Api CLERK = Api.as("clerk", "clerk-demo");

  @Test
  void viewsDownloadsAndStateChangesAreLoggedByActorAndReceiptNumber() {
    Submitted s = WorkflowIT.submit("DIS-01");
    CLERK.get("/api/v1/intake/" + s.id());
    String attachmentId =
        CLERK.get("/api/v1/intake/" + s.id()).json().get("attachments").get(0).get("id").asText();
    CLERK.get("/api/v1/intake/" + s.id() + "/attachments/" + attachmentId);
    s.step(CLERK, "START_REVIEW", null);

    JsonNode entries = AUDITOR.get("/api/v1/audit?target=" + s.receipt()).json().get("items");

    assertThat(entries.findValuesAsText("action"))
        .contains(
            "APPLICATION_RECEIVED",
            "APPLICATION_VIEWED",
            "ATTACHMENT_DOWNLOADED",
            "APPLICATION_TRANSITIONED");
    assertThat(AUDITOR.get("/api/v1/audit?actor=clerk&target=" + s.receipt()).json().get("items"))
        .allSatisfy(e -> assertThat(e.get("actor").asText()).isEqualTo("clerk"));
    assertThat(entries.toString()).doesNotContain("123456789018");
  }

  @Test
  void supervisorSeesMyNumberOnlyWithAReasonAndTheDisclosureIsLogged() {
    Submitted s = WorkflowIT.submit("CC-01");
    Api supervisor = Api.as("supervisor", "supervisor-demo");

    Reply withoutReason =
        supervisor.postJson("/api/v1/intake/" + s.id() + "/my-number", Api.JSON.createObjectNode());
    Reply byClerk =
        CLERK.postJson(
            "/api/v1/intake/" + s.id() + "/my-number",
            Api.JSON.createObjectNode().put("reason", "児童手当の所得照会"));
    Reply disclosed =
        supervisor.postJson(
            "/api/v1/intake/" + s.id() + "/my-number",
            Api.JSON.createObjectNode().put("reason", "児童手当の所得照会"));

    assertThat(withoutReason.status()).isEqualTo(422);
    assertThat(byClerk.status()).isEqualTo(403);
    assertThat(disclosed.status()).isEqualTo(200);
    assertThat(disclosed.json().get("myNumber").asText()).isEqualTo("123456789018");
    JsonNode logged =
        AUDITOR
            .get("/api/v1/audit?action=MY_NUMBER_UNMASKED&target=" + s.receipt())
            .json()
            .get("items");
    assertThat(logged).hasSize(1);
    assertThat(logged.get(0).get("actor").asText()).isEqualTo("supervisor");
    assertThat(logged.get(0).get("detail").asText()).contains("児童手当の所得照会");
  }

  @Test
  void onlyAuditorsReadTheLog() {
    assertThat(CLERK.get("/api/v1/audit").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/v1/audit/verify").status()).isEqualTo(401);
  }

  @Test
  void verifyReportsExactlyTheEntryThatWasAlteredInTheDatabase() throws Exception {
    Submitted s = WorkflowIT.submit("CC-01");
    CLERK.get("/api/v1/intake/" + s.id());
    JsonNode before = AUDITOR.get("/api/v1/audit/verify").json();
    assertThat(before.get("valid").asBoolean()).as(before.toString()).isTrue();
    long victim =
        AUDITOR
            .get("/api/v1/audit?action=APPLICATION_VIEWED&target=" + s.receipt())
            .json()
            .get("items")
            .get(0)
            .get("seq")
            .asLong();

    try {
      setActor(victim, "someone-else");
      Reply after = AUDITOR.get("/api/v1/audit/verify");

      assertThat(after.json().get("valid").asBoolean()).isFalse();
      assertThat(after.json().get("firstBrokenSeq").asLong()).isEqualTo(victim);
    } finally {
      setActor(victim, "clerk");
    }
    assertThat(AUDITOR.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
  }

  private static void setActor(long seq, String actor) throws Exception {
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement update =
            connection.prepareStatement("UPDATE audit_entry SET actor = ? WHERE seq = ?")) {
      update.setString(1, actor);
      update.setLong(2, seq);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
