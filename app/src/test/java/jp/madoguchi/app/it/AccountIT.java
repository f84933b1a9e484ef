package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

class AccountIT {

  private static final Api ADMIN = Api.as("itadmin", "itadmin-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");

  private static String newClerk(String password) {
    String name = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = Api.JSON.createObjectNode().put("username", name).put("password", password);
    body.putArray("roles").add("CLERK");
    Reply created = ADMIN.postJson("/api/v1/admin/users", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return name;
  }

  @Test
  void itStaffCreateAClerkWhoCanThenWorkTheQueue() {
    String name = newClerk("correct horse battery");

    assertThat(Api.as(name, "correct horse battery").get("/api/v1/intake?limit=1").status())
        .isEqualTo(200);
    assertThat(ADMIN.get("/api/v1/admin/users").text()).contains(name).doesNotContain("pbkdf2");
  }

  @Test
  void shortPasswordsAndUnknownRolesAreRefused() {
    ObjectNode body =
        Api.JSON.createObjectNode().put("username", "shorty").put("password", "short");
    body.putArray("roles").add("CLERK");
    assertThat(ADMIN.postJson("/api/v1/admin/users", body).status()).isEqualTo(422);

    ObjectNode badRole =
        Api.JSON
            .createObjectNode()
            .put("username", "badrole")
            .put("password", "long enough password");
    badRole.putArray("roles").add("KING");
    assertThat(ADMIN.postJson("/api/v1/admin/users", badRole).status()).isEqualTo(422);
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndEveryAttemptIsLogged() {
    String name = newClerk("correct horse battery");
    for (int i = 0; i < 5; i++) {
      assertThat(Api.as(name, "wrong password " + i).get("/api/v1/intake").status()).isEqualTo(401);
    }

    assertThat(Api.as(name, "correct horse battery").get("/api/v1/intake").status()).isEqualTo(401);
    assertThat(
            AUDITOR
                .get("/api/v1/audit?action=LOGIN_FAILED&target=" + name + "&limit=20")
                .json()
                .get("items"))
        .hasSize(6);

    ADMIN.postJson("/api/v1/admin/users/" + name + "/enable", Api.JSON.createObjectNode());
    ADMIN.postJson(
        "/api/v1/admin/users/" + name + "/password",
        Api.JSON.createObjectNode().put("password", "a new long password"));
    assertThat(Api.as(name, "a new long password").get("/api/v1/intake?limit=1").status())
        .isEqualTo(200);
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    String name = newClerk("correct horse battery");
    assertThat(Api.as(name, "correct horse battery").get("/api/v1/intake?limit=1").status())
        .isEqualTo(200);

    ADMIN.postJson("/api/v1/admin/users/" + name + "/disable", Api.JSON.createObjectNode());

    assertThat(Api.as(name, "correct horse battery").get("/api/v1/intake?limit=1").status())
        .isEqualTo(401);
  }

  @Test
  void anApiClientTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
    String name = "portal-connector-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = Api.JSON.createObjectNode().put("name", name).put("expiresInDays", 30);
    body.putArray("roles").add("PORTAL");
    Reply created = ADMIN.postJson("/api/v1/admin/api-clients", body);
    assertThat(created.status()).isEqualTo(201);
    String token = created.json().get("token").asText();
    assertThat(token).startsWith("mdg_");
    assertThat(ADMIN.get("/api/v1/admin/api-clients").text()).contains(name).doesNotContain(token);

    Api client = Api.bearer(token);
    Reply submitted =
        client.postJson("/api/v1/applications", ApplicationJson.valid("CC-01").json());
    assertThat(submitted.status()).isEqualTo(201);
    assertThat(client.get("/api/v1/intake").status()).isEqualTo(403);

    ADMIN.postJson("/api/v1/admin/api-clients/" + name + "/revoke", Api.JSON.createObjectNode());

    Reply afterRevocation = client.get("/api/v1/status-changes");
    assertThat(afterRevocation.status()).isEqualTo(401);
    assertThat(Api.bearer("mdg_not-a-token").get("/api/v1/status-changes").status()).isEqualTo(401);
  }

  @Test
  void onlyItStaffManageAccounts() {
    assertThat(Api.as("clerk", "clerk-demo").get("/api/v1/admin/users").status()).isEqualTo(403);
    assertThat(Api.anonymous().get("/api/v1/admin/api-clients").status()).isEqualTo(401);
  }
}
