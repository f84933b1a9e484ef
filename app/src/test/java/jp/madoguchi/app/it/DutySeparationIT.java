package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** 職務の分離: no single account obtains 個人番号 disclosure or the access log on its own. */
class DutySeparationIT {

  private static final Api ADMIN = Api.as("itadmin", "itadmin-demo");
  private static final Api SECOND_ADMIN = Api.as("itadmin2", "itadmin2-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  private static final String PASSWORD = "correct horse battery";

  @Test
  void anAdminCannotMakeItselfSupervisorOrAuditor() {
    for (String role : List.of("SUPERVISOR", "AUDITOR")) {
      Reply reply = putRoles(ADMIN, "itadmin", "IT_ADMIN", role);

      assertThat(reply.status()).as(reply.text()).isEqualTo(403);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().get("detail").asText()).contains("自分自身");
    }
    assertThat(rolesOf("itadmin")).containsExactly("IT_ADMIN");
    assertThat(grantsFor("itadmin")).isEmpty();
    assertThat(audit("ACCOUNT_CHANGE_REFUSED", "itadmin")).isNotEmpty();
  }

  @Test
  void nobodyDisablesOrResetsThePasswordOfTheirOwnAccount() {
    Reply disable = ADMIN.postJson("/api/v1/admin/users/itadmin/disable", empty());
    Reply reset =
        ADMIN.postJson(
            "/api/v1/admin/users/itadmin/password",
            Api.JSON.createObjectNode().put("password", "a brand new password"));

    assertThat(disable.status()).as(disable.text()).isEqualTo(403);
    assertThat(reset.status()).as(reset.text()).isEqualTo(403);
    assertThat(ADMIN.get("/api/v1/admin/users").status()).isEqualTo(200);
  }

  @Test
  void supervisorIsGrantedOnlyWhenASecondAdminApproves() {
    String user = name();
    Reply created = createUser(user, "CLERK", "SUPERVISOR");
    assertThat(created.status()).as(created.text()).isEqualTo(202);
    assertThat(created.json().at("/user/roles").toString()).isEqualTo("[\"CLERK\"]");
    long grant = created.json().at("/pendingGrants/0/id").asLong();
    assertThat(created.json().at("/pendingGrants/0/state").asText()).isEqualTo("PENDING");
    assertThat(assign(user).status()).as("no disclosure rights yet").isEqualTo(403);

    Reply ownApproval = ADMIN.postJson("/api/v1/admin/role-grants/" + grant + "/approve", empty());
    assertThat(ownApproval.status()).as(ownApproval.text()).isEqualTo(403);
    assertThat(rolesOf(user)).containsExactly("CLERK");

    Reply approved =
        SECOND_ADMIN.postJson("/api/v1/admin/role-grants/" + grant + "/approve", empty());
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    assertThat(approved.json().get("state").asText()).isEqualTo("APPROVED");
    assertThat(approved.json().get("decidedBy").asText()).isEqualTo("itadmin2");
    assertThat(rolesOf(user)).containsExactlyInAnyOrder("CLERK", "SUPERVISOR");
    assertThat(assign(user).status()).as("now a supervisor").isEqualTo(404);

    assertThat(actorsOf(audit("ROLE_GRANT_REQUESTED", user))).containsExactly("itadmin");
    assertThat(actorsOf(audit("ROLE_GRANT_APPROVED", user))).containsExactly("itadmin2");
    assertThat(actorsOf(audit("ACCOUNT_CHANGE_REFUSED", user))).containsExactly("itadmin");
  }

  @Test
  void addingAuditorToAnExistingUserWaitsForApprovalAndARejectedGrantGivesNothing() {
    String user = name();
    assertThat(createUser(user, "CLERK").status()).isEqualTo(201);

    Reply requested = putRoles(ADMIN, user, "CLERK", "AUDITOR");
    assertThat(requested.status()).as(requested.text()).isEqualTo(202);
    long grant = requested.json().at("/pendingGrants/0/id").asLong();
    assertThat(ADMIN.get("/api/v1/admin/role-grants?state=PENDING").json().findValuesAsText("id"))
        .contains(Long.toString(grant));

    Reply rejected =
        SECOND_ADMIN.postJson("/api/v1/admin/role-grants/" + grant + "/reject", empty());
    assertThat(rejected.json().get("state").asText()).isEqualTo("REJECTED");
    Reply lateApproval =
        SECOND_ADMIN.postJson("/api/v1/admin/role-grants/" + grant + "/approve", empty());

    assertThat(lateApproval.status()).as(lateApproval.text()).isEqualTo(409);
    assertThat(rolesOf(user)).containsExactly("CLERK");
    assertThat(actorsOf(audit("ROLE_GRANT_REJECTED", user))).containsExactly("itadmin2");
  }

  @Test
  void auditorIsNeverCombinedWithItAdmin() {
    String both = name();
    Reply refused = createUser(both, "IT_ADMIN", "AUDITOR");
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).contains("兼任できません");
    assertThat(ADMIN.get("/api/v1/admin/users").text()).doesNotContain(both);

    String auditor = name();
    long grant = createUser(auditor, "AUDITOR").json().at("/pendingGrants/0/id").asLong();
    SECOND_ADMIN.postJson("/api/v1/admin/role-grants/" + grant + "/approve", empty());
    assertThat(rolesOf(auditor)).containsExactly("AUDITOR");

    Reply alsoAdmin = putRoles(ADMIN, auditor, "AUDITOR", "IT_ADMIN");

    assertThat(alsoAdmin.status()).as(alsoAdmin.text()).isEqualTo(409);
    assertThat(rolesOf(auditor)).containsExactly("AUDITOR");
    assertThat(grantsFor(auditor)).hasSize(1);
  }

  @Test
  void anAdminCannotCreateAPuppetAdminNorResetTheSupervisorsPassword() {
    String puppet = name();
    Reply created = createUser(puppet, "IT_ADMIN");
    assertThat(created.status()).as(created.text()).isEqualTo(202);
    assertThat(Api.as(puppet, PASSWORD).get("/api/v1/admin/role-grants").status()).isEqualTo(403);

    Reply reset =
        ADMIN.postJson(
            "/api/v1/admin/users/supervisor/password",
            Api.JSON.createObjectNode().put("password", "a password I know"));
    assertThat(reset.status()).as(reset.text()).isEqualTo(409);
    assertThat(Api.as("supervisor", "supervisor-demo").get("/api/v1/intake?limit=1").status())
        .isEqualTo(200);
  }

  @Test
  void apiClientsCannotHoldTheRolesOfPeople() {
    for (String role : List.of("SUPERVISOR", "AUDITOR", "IT_ADMIN", "CLERK")) {
      ObjectNode body = Api.JSON.createObjectNode().put("name", name());
      body.putArray("roles").add(role);

      Reply reply = ADMIN.postJson("/api/v1/admin/api-clients", body);

      assertThat(reply.status()).as(role + ": " + reply.text()).isEqualTo(409);
      assertThat(ADMIN.get("/api/v1/admin/api-clients").text())
          .doesNotContain(body.get("name").asText());
    }
  }

  private static Reply createUser(String user, String... roles) {
    ObjectNode body = Api.JSON.createObjectNode().put("username", user).put("password", PASSWORD);
    var array = body.putArray("roles");
    for (String role : roles) {
      array.add(role);
    }
    return ADMIN.postJson("/api/v1/admin/users", body);
  }

  private static Reply putRoles(Api api, String user, String... roles) {
    ObjectNode body = Api.JSON.createObjectNode();
    var array = body.putArray("roles");
    for (String role : roles) {
      array.add(role);
    }
    return api.send(
        api.request("/api/v1/admin/users/" + user + "/roles")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Assigning is for supervisors only: 403 without the role, 404 (no such application) with. */
  private static Reply assign(String user) {
    return Api.as(user, PASSWORD)
        .postJson(
            "/api/v1/intake/" + UUID.randomUUID() + "/assign",
            Api.JSON.createObjectNode().put("assignee", "clerk"));
  }

  private static List<String> rolesOf(String user) {
    for (JsonNode u : ADMIN.get("/api/v1/admin/users").json()) {
      if (u.get("username").asText().equals(user)) {
        List<String> roles = new ArrayList<>();
        u.get("roles").forEach(r -> roles.add(r.asText()));
        return roles;
      }
    }
    throw new AssertionError("no user " + user);
  }

  private static List<JsonNode> grantsFor(String user) {
    List<JsonNode> grants = new ArrayList<>();
    ADMIN
        .get("/api/v1/admin/role-grants")
        .json()
        .forEach(
            g -> {
              if (g.get("username").asText().equals(user)) {
                grants.add(g);
              }
            });
    return grants;
  }

  private static List<JsonNode> audit(String action, String target) {
    List<JsonNode> items = new ArrayList<>();
    AUDITOR
        .get("/api/v1/audit?action=" + action + "&target=" + target + "&limit=50")
        .json()
        .get("items")
        .forEach(items::add);
    return items;
  }

  private static List<String> actorsOf(List<JsonNode> entries) {
    return entries.stream().map(e -> e.get("actor").asText()).toList();
  }

  private static ObjectNode empty() {
    return Api.JSON.createObjectNode();
  }

  private static String name() {
    return "sod-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
