package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 担当手続の限定 (issue 15 point 4): a clerk limited to 子育て and a supervisor limited to 罹災, against every
 * endpoint that shows or changes an application — 200 inside their scope, 404 outside it exactly as
 * for an unknown id — and the queue, counts and manual entries holding only theirs.
 */
class ProcedureScopeIT {

  private static final Api ADMIN = Api.as("itadmin", "itadmin-demo");
  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api AUDITOR = Api.as("auditor", "auditor-demo");
  static final String PASSWORD = "scope test password";
  private static final String MY_NUMBER = "123456789018";

  private static String ccClerkName;
  private static Api ccClerk;
  private static Api disSupervisor;
  private static Submitted cc;
  private static Submitted dis;
  private static String ccAttachment;
  private static String disAttachment;
  private static String ccDelivery;
  private static String disDelivery;

  @BeforeAll
  static void twoScopedAccountsAndApplicationsOfBothProcedures() {
    ccClerkName = newAccount("CLERK");
    ccClerk = Api.as(ccClerkName, PASSWORD);
    assertThat(limit(ccClerkName, "{\"groups\": [\"子育て\"]}").status()).isEqualTo(200);
    String supervisor = newAccount("SUPERVISOR");
    disSupervisor = Api.as(supervisor, PASSWORD);
    assertThat(limit(supervisor, "{\"codes\": [\"DIS-01\"]}").status()).isEqualTo(200);

    Linkage.configure("CC-04", manualRoute());
    Linkage.configure("DIS-01", manualRoute());
    cc = WorkflowIT.submit("CC-01");
    dis = submitDisasterWithMyNumber();
    ccAttachment = firstAttachment(cc);
    disAttachment = firstAttachment(dis);
    ccDelivery = manualDelivery(Linkage.accepted("CC-04"));
    disDelivery = manualDelivery(accept(submitDisasterWithMyNumber()));
  }

  @Test
  void theQueueListsOnlyTheProceduresOfTheScopeWhateverTheFilterAsksFor() {
    assertThat(items(ccClerk, "/api/v1/intake?q=" + cc.receipt())).hasSize(1);
    assertThat(items(ccClerk, "/api/v1/intake?q=" + dis.receipt())).isEmpty();
    assertThat(items(ccClerk, "/api/v1/intake?procedure=DIS-01")).isEmpty();
    assertThat(items(disSupervisor, "/api/v1/intake?q=" + dis.receipt())).hasSize(1);
    assertThat(items(disSupervisor, "/api/v1/intake?q=" + cc.receipt())).isEmpty();

    assertThat(codes(ccClerk, "/api/v1/intake?limit=200"))
        .isNotEmpty()
        .allMatch(c -> c.startsWith("CC-"));
    assertThat(codes(disSupervisor, "/api/v1/intake?limit=200&overdue=false"))
        .isNotEmpty()
        .containsOnly("DIS-01");
  }

  @Test
  void theDashboardCountsCoverOnlyTheProceduresOfTheScope() throws Exception {
    DashboardCounts.assertMatchTheListing(ccClerk, "CC-%");
    DashboardCounts.assertMatchTheListing(disSupervisor, "DIS-01");

    List<String> open = new ArrayList<>();
    ccClerk
        .get("/api/v1/intake/counts")
        .json()
        .get("openByProcedure")
        .fieldNames()
        .forEachRemaining(open::add);
    assertThat(open).isNotEmpty().allMatch(c -> c.startsWith("CC-"));
  }

  @Test
  void everyViewOfAnApplicationInsideTheScopeAnswers() {
    for (String path : List.of("", "/history", "/pdf", "/deliveries")) {
      assertThat(ccClerk.get("/api/v1/intake/" + cc.id() + path).status()).as(path).isEqualTo(200);
      assertThat(disSupervisor.get("/api/v1/intake/" + dis.id() + path).status())
          .as(path)
          .isEqualTo(200);
    }
    assertThat(ccClerk.get("/api/v1/intake/" + cc.id() + "/attachments/" + ccAttachment).status())
        .isEqualTo(200);
    String attachment = "/api/v1/intake/" + dis.id() + "/attachments/" + disAttachment;
    assertThat(disSupervisor.get(attachment).status()).isEqualTo(200);
    assertThat(disSupervisor.get(attachment + "/original").status()).isEqualTo(200);
  }

  @Test
  void everyViewOfAnApplicationOutsideTheScopeAnswersAsAnUnknownId() {
    for (String path :
        List.of("", "/history", "/pdf", "/deliveries", "/attachments/" + disAttachment)) {
      assertLikeUnknown(id -> ccClerk.get("/api/v1/intake/" + id + path), dis.id());
    }
    for (String path :
        List.of(
            "",
            "/history",
            "/pdf",
            "/deliveries",
            "/attachments/" + ccAttachment,
            "/attachments/" + ccAttachment + "/original")) {
      assertLikeUnknown(id -> disSupervisor.get("/api/v1/intake/" + id + path), cc.id());
    }
  }

  @Test
  void noWorkflowStepReachesAnApplicationOutsideTheScopeAndNothingChanges() {
    long version = dis.version();

    assertLikeUnknown(id -> ccClerk.postJson("/api/v1/intake/" + id + "/claim", empty()), dis.id());
    assertLikeUnknown(
        id -> ccClerk.postJson("/api/v1/intake/" + id + "/release", empty()), dis.id());
    assertLikeUnknown(
        id ->
            ccClerk.postJson(
                "/api/v1/intake/" + id + "/transitions",
                empty().put("action", "START_REVIEW").put("expectedVersion", version)),
        dis.id());
    assertLikeUnknown(
        id -> ccClerk.postJson("/api/v1/intake/" + id + "/comments", empty().put("body", "メモ")),
        dis.id());
    assertLikeUnknown(id -> damageGrade(ccClerk, id), dis.id());
    assertLikeUnknown(
        id ->
            disSupervisor.postJson(
                "/api/v1/intake/" + id + "/assign", empty().put("assignee", "clerk")),
        cc.id());

    JsonNode after = CLERK.get("/api/v1/intake/" + dis.id()).json();
    assertThat(after.get("version").asLong()).isEqualTo(version);
    assertThat(after.get("comments")).isEmpty();
    assertThat(after.get("damageGrade").isNull()).isTrue();
    assertThat(after.get("assignee").isNull()).isTrue();
  }

  @Test
  void workflowStepsInsideTheScopeWork() {
    Submitted mine = WorkflowIT.submit("CC-01");
    assertThat(ccClerk.postJson("/api/v1/intake/" + mine.id() + "/claim", empty()).status())
        .isEqualTo(200);
    assertThat(mine.step(ccClerk, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(
            ccClerk
                .postJson("/api/v1/intake/" + mine.id() + "/comments", empty().put("body", "確認済"))
                .status())
        .isEqualTo(200);
    Submitted theirs = submitDisasterWithMyNumber();
    assertThat(damageGrade(disSupervisor, theirs.id()).status()).isEqualTo(200);
    assertThat(
            disSupervisor
                .postJson(
                    "/api/v1/intake/" + theirs.id() + "/assign", empty().put("assignee", "clerk"))
                .status())
        .isEqualTo(200);
  }

  @Test
  void myNumberIsDisclosedOnlyInsideTheScope() {
    Reply inside = disclose(dis.id());
    assertThat(inside.status()).as(inside.text()).isEqualTo(200);
    assertThat(inside.json().toString()).contains(MY_NUMBER);

    assertLikeUnknown(ProcedureScopeIT::disclose, cc.id());
  }

  @Test
  void manualEntriesListPrintAndConfirmOnlyInsideTheScope() {
    assertThat(manualEntries(ccClerk)).contains(ccDelivery).doesNotContain(disDelivery);
    assertThat(manualEntries(disSupervisor)).contains(disDelivery).doesNotContain(ccDelivery);
    assertThat(manualEntries(CLERK)).contains(ccDelivery, disDelivery);

    assertLikeUnknown(id -> ccClerk.get("/api/v1/manual-entries/" + id + "/sheet"), disDelivery);
    assertLikeUnknown(
        id -> ccClerk.postJson("/api/v1/manual-entries/" + id + "/done", reference()), disDelivery);
    assertThat(ccClerk.get("/api/v1/manual-entries/" + ccDelivery + "/sheet").status())
        .isEqualTo(200);
    Reply done =
        disSupervisor.postJson("/api/v1/manual-entries/" + disDelivery + "/done", reference());
    assertThat(done.status()).as(done.text()).isEqualTo(200);
  }

  @Test
  void itStaffSeeTheScopeInTheAccountListAndEveryChangeIsInTheAccessLog() {
    JsonNode listed = null;
    for (JsonNode user : ADMIN.get("/api/v1/admin/users").json()) {
      if (user.get("username").asText().equals(ccClerkName)) {
        listed = user;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("roles").toString()).contains("CLERK");
    assertThat(listed.at("/procedures/all").asBoolean()).isFalse();
    assertThat(listed.at("/procedures/groups").toString()).isEqualTo("[\"子育て\"]");
    assertThat(ADMIN.get("/api/v1/admin/users/clerk/procedures").json().get("all").asBoolean())
        .isTrue();

    JsonNode log =
        AUDITOR
            .get("/api/v1/audit?action=ACCOUNT_CHANGED&target=" + ccClerkName)
            .json()
            .get("items");
    assertThat(log.toString()).contains("procedures groups=[子育て] codes=[]").contains("itadmin");
  }

  @Test
  void aNewAccountHasEveryProcedureUntilLimitedAndGetsThemBackWithAll() {
    String name = newAccount("CLERK");
    Api clerk = Api.as(name, PASSWORD);
    assertThat(clerk.get("/api/v1/intake/" + cc.id()).status()).isEqualTo(200);

    Reply limited = limit(name, "{\"groups\": [\"罹災\"]}");
    assertThat(limited.json().get("groups").toString()).isEqualTo("[\"被災者支援\"]");
    assertThat(clerk.get("/api/v1/intake/" + cc.id()).status()).isEqualTo(404);
    assertThat(clerk.get("/api/v1/intake/" + dis.id()).status()).isEqualTo(200);

    assertThat(limit(name, "{\"all\": true}").json().get("all").asBoolean()).isTrue();
    assertThat(clerk.get("/api/v1/intake/" + cc.id()).status()).isEqualTo(200);
  }

  @Test
  void unknownGroupsAndCodesAreRefusedNamingEachAndChangeNothing() {
    Reply reply = limit(ccClerkName, "{\"groups\": [\"税務\"], \"codes\": [\"XX-99\", \"CC-01\"]}");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("errors").toString())
        .contains("税務")
        .contains("XX-99")
        .doesNotContain("CC-01");
    assertThat(
            ADMIN
                .get("/api/v1/admin/users/" + ccClerkName + "/procedures")
                .json()
                .get("groups")
                .toString())
        .isEqualTo("[\"子育て\"]");
    assertThat(limit(ccClerkName, "{}").status()).isEqualTo(422);
    assertThat(limit(ccClerkName, "{\"all\": true, \"codes\": [\"CC-01\"]}").status())
        .isEqualTo(422);
    assertThat(limit(ccClerkName, "{\"procedures\": [\"CC-01\"]}").status()).isEqualTo(422);
    assertThat(limit("no-such-user", "{\"all\": true}").status()).isEqualTo(404);
  }

  @Test
  void nobodyChangesTheirOwnScope() {
    Reply reply = limit("itadmin", "{\"codes\": [\"CC-01\"]}");

    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  /** The answer for {@code id} equals the answer for an unknown id, but for the id itself. */
  private static void assertLikeUnknown(Function<String, Reply> call, String id) {
    Reply outside = call.apply(id);
    String unknownId = UUID.randomUUID().toString();
    Reply unknown = call.apply(unknownId);
    assertThat(outside.status()).as(outside.text()).isEqualTo(404);
    assertThat(outside.contentType()).startsWith("application/problem+json");
    assertThat(outside.text().replace(id, "ID")).isEqualTo(unknown.text().replace(unknownId, "ID"));
  }

  private static String firstAttachment(Submitted s) {
    return CLERK.get("/api/v1/intake/" + s.id()).json().at("/attachments/0/id").asText();
  }

  static String newAccount(String role) {
    String name = role.toLowerCase() + "-scope-" + UUID.randomUUID().toString().substring(0, 8);
    ObjectNode body = empty().put("username", name).put("password", PASSWORD);
    body.putArray("roles").add(role);
    Reply created = ADMIN.postJson("/api/v1/admin/users", body);
    if (role.equals("SUPERVISOR")) {
      // SUPERVISOR is a privileged role: a second IT_ADMIN confirms the pending grant
      assertThat(created.status()).as(created.text()).isEqualTo(202);
      long grant = created.json().at("/pendingGrants/0/id").asLong();
      Reply approved =
          Api.as("itadmin2", "itadmin2-demo")
              .postJson("/api/v1/admin/role-grants/" + grant + "/approve", empty());
      assertThat(approved.status()).as(approved.text()).isEqualTo(200);
    } else {
      assertThat(created.status()).as(created.text()).isEqualTo(201);
    }
    return name;
  }

  static Reply limit(String username, String json) {
    return ADMIN.send(
        ADMIN
            .request("/api/v1/admin/users/" + username + "/procedures")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static Submitted submitDisasterWithMyNumber() {
    ApplicationJson application = ApplicationJson.valid("DIS-01").applicant("myNumber", MY_NUMBER);
    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Submitted(application, reply.json().get("id").asText());
  }

  private static Submitted accept(Submitted s) {
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    assertThat(s.step(CLERK, "ACCEPT", null).status()).isEqualTo(200);
    return s;
  }

  private static ObjectNode manualRoute() {
    return empty().put("pattern", "MANUAL").put("enabled", true);
  }

  private static String manualDelivery(Submitted s) {
    return Linkage.awaitDelivery(s.id(), "WAITING_MANUAL").get("delivery").get("id").asText();
  }

  private static List<String> manualEntries(Api staff) {
    List<String> ids = new ArrayList<>();
    staff.get("/api/v1/manual-entries").json().forEach(e -> ids.add(e.get("deliveryId").asText()));
    return ids;
  }

  private static Reply disclose(String id) {
    return disSupervisor.postJson(
        "/api/v1/intake/" + id + "/my-number", empty().put("reason", "担当手続の確認"));
  }

  private static Reply damageGrade(Api staff, String id) {
    return staff.send(
        staff
            .request("/api/v1/intake/" + id + "/damage-grade")
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{\"grade\": \"HANKAI\"}")));
  }

  private static ObjectNode reference() {
    return empty().put("coreReference", "KIKAN-SCOPE");
  }

  private static ObjectNode empty() {
    return Api.JSON.createObjectNode();
  }

  private static JsonNode items(Api staff, String path) {
    Reply reply = staff.get(path);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().get("items");
  }

  /** The procedure codes of the whole listing, paged through. */
  private static List<String> codes(Api staff, String path) {
    List<String> codes = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = staff.get(path + (cursor == null ? "" : "&cursor=" + cursor)).json();
      page.get("items").forEach(item -> codes.add(item.get("procedureCode").asText()));
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
    } while (cursor != null);
    return codes;
  }
}
