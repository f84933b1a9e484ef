package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import jp.madoguchi.portal.simulator.PackageKind;
import jp.madoguchi.portal.simulator.PackageMaker;
import jp.madoguchi.portal.simulator.PortalSimulator;
import org.junit.jupiter.api.Test;

/**
 * Each portal client reaches only the applications it submitted (issue 15, point 5): two API
 * clients created by IT staff, the demo portal account, and the portal pull.
 */
class PortalClientIsolationIT {

  private static final Api IT_ADMIN = Api.as("itadmin", "itadmin-demo");
  private static final Api CLERK = Api.as("clerk", "clerk-demo");

  private final PortalSimulator portal = TestPortal.get();

  @Test
  void anotherClientGetsNotFoundForStatusResubmissionAndWithdrawalAndChangesNothing() {
    Api first = newPortalClient();
    Api second = newPortalClient();
    Submitted submitted = submit(first);
    submitted.step(CLERK, "START_REVIEW", null);
    submitted.step(CLERK, "REQUEST_CORRECTION", "電話番号を確認してください");
    String receipt = submitted.receipt();
    Reply unknown = second.get("/api/v1/applications/NO-SUCH-" + UUID.randomUUID() + "/status");

    Reply status = second.get("/api/v1/applications/" + receipt + "/status");
    Reply resubmission =
        second.postJson(
            "/api/v1/applications/" + receipt + "/resubmission", submitted.application().json());
    Reply withdrawal = withdraw(second, receipt);

    for (Reply refused : List.of(status, resubmission, withdrawal)) {
      assertIsNotFound(refused, receipt, unknown);
    }
    JsonNode own = first.get("/api/v1/applications/" + receipt + "/status").json();
    assertThat(own.path("status").asText()).isEqualTo("RETURNED_FOR_CORRECTION");
    assertThat(own.path("portalStatus").asText()).isEqualTo("要訂正");
    assertThat(CLERK.get("/api/v1/intake/" + submitted.id() + "/history").text())
        .doesNotContain("WITHDRAWN");
    assertThat(withdraw(first, receipt).status()).isEqualTo(200);
  }

  @Test
  void theDemoApplicationsBelongToTheDemoPortalAccountOnly() {
    Api stranger = newPortalClient();

    assertThat(Api.portal().get("/api/v1/applications/DEMO-CC01-2/status").status()).isEqualTo(200);
    assertThat(stranger.get("/api/v1/applications/DEMO-CC01-2/status").status()).isEqualTo(404);
    assertThat(withdraw(stranger, "DEMO-CC01-2").status()).isEqualTo(404);
    assertThat(
            Api.portal()
                .get("/api/v1/applications/DEMO-CC01-2/status")
                .json()
                .path("status")
                .asText())
        .isNotEqualTo("WITHDRAWN");
  }

  @Test
  void eachClientsFeedHoldsItsOwnChangesOnly() {
    Api first = newPortalClient();
    Api second = newPortalClient();
    String demoCursor = follow(Api.portal(), null, 500, new ArrayList<>());
    Submitted mine = submit(first);
    Submitted theirs = submit(second);
    theirs.step(CLERK, "START_REVIEW", null);

    List<JsonNode> firstFeed = new ArrayList<>();
    List<JsonNode> secondFeed = new ArrayList<>();
    List<JsonNode> demoFeed = new ArrayList<>();
    follow(first, null, 500, firstFeed);
    follow(second, null, 500, secondFeed);
    follow(Api.portal(), demoCursor, 500, demoFeed);

    assertThat(receipts(firstFeed)).containsExactly(mine.receipt());
    assertThat(receipts(secondFeed)).containsExactly(theirs.receipt(), theirs.receipt());
    assertThat(receipts(demoFeed)).doesNotContain(mine.receipt(), theirs.receipt());
  }

  @Test
  void aFilteredFeedFollowedPageByPageSkipsAndRepeatsNothing() {
    Api first = newPortalClient();
    Api second = newPortalClient();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Submitted mine = submit(first);
      submit(second).step(CLERK, "START_REVIEW", null);
      mine.step(CLERK, "START_REVIEW", null);
      expected.add(mine.receipt() + " RECEIVED");
      expected.add(mine.receipt() + " UNDER_REVIEW");
    }
    List<JsonNode> seen = new ArrayList<>();

    String cursor = follow(first, null, 1, seen);
    submit(second);
    Submitted later = submit(first);
    follow(first, cursor, 1, seen);

    expected.add(later.receipt() + " RECEIVED");
    assertThat(
            seen.stream()
                .map(i -> i.path("receiptNumber").asText() + " " + i.path("status").asText()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void theSameReceiptNumberFromAnotherClientIsAConflictThatTellsNothingOfTheApplication() {
    Api first = newPortalClient();
    Api second = newPortalClient();
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Reply created = first.postJson("/api/v1/applications", application.json());

    Reply replayByAnother = second.postJson("/api/v1/applications", application.json());
    Reply replayByOwner = first.postJson("/api/v1/applications", application.json());

    assertThat(created.status()).isEqualTo(201);
    assertThat(replayByAnother.status()).isEqualTo(409);
    assertThat(replayByAnother.contentType()).startsWith("application/problem+json");
    assertThat(replayByAnother.text())
        .doesNotContain(created.json().path("id").asText())
        .doesNotContain("RECEIVED")
        .doesNotContain("処理中");
    assertThat(replayByOwner.status()).isEqualTo(200);
    assertThat(replayByOwner.json().path("id").asText())
        .isEqualTo(created.json().path("id").asText());
    assertThat(CLERK.get("/api/v1/intake?q=" + application.receiptNumber()).json().path("items"))
        .hasSize(1);
  }

  @Test
  void anUnreadablePackageUnderAPushedReceiptNumberIsARefusalOfItsOwn() {
    Submitted pushed = submit(Api.portal());
    new PackageMaker(portal).publish(PackageKind.XXE, "CC-01", pushed.receipt());

    JsonNode report = poll();

    assertThat(report.path("refused").asInt()).isEqualTo(1);
    JsonNode status = pushed.portalStatus();
    assertThat(status.path("status").asText()).isEqualTo("RECEIVED");
    assertThat(status.path("portalStatus").asText()).isEqualTo("処理中");
    JsonNode queued = CLERK.get("/api/v1/intake?q=" + pushed.receipt()).json().path("items");
    assertThat(queued).hasSize(1);
    assertThat(queued.get(0).path("statusLabel").asText()).isEqualTo("受付");
    assertThat(refusedReceipts()).contains(pushed.receipt());
  }

  @Test
  void aPulledPackageUnderAnotherClientsReceiptNumberIsRefusedAndChangesNothing() {
    Api first = newPortalClient();
    Submitted pushed = submit(first);
    String receipt = pushed.receipt();
    portal.publish(
        receipt, PackageMaker.signedSample("CC-01", receipt, portal.ca().issue("clash")));

    JsonNode report = poll();

    assertThat(report.path("refused").asInt()).isEqualTo(1);
    assertThat(portal.confirmation(receipt).orElseThrow().outcome()).isEqualTo("REFUSED");
    JsonNode own = first.get("/api/v1/applications/" + receipt + "/status").json();
    assertThat(own.path("portalStatus").asText()).isEqualTo("処理中");
    assertThat(CLERK.get("/api/v1/intake/" + pushed.id()).json().path("status").asText())
        .isEqualTo("RECEIVED");
    assertThat(refusedReceipts()).contains(receipt);
  }

  @Test
  void pulledApplicationsAreSeenByThePullReadersOnly() {
    String receipt = "PP-" + UUID.randomUUID();
    portal.publish(
        receipt, PackageMaker.signedSample("CC-01", receipt, portal.ca().issue("pulled")));
    Api stranger = newPortalClient();

    assertThat(poll().path("stored").asInt()).isEqualTo(1);

    assertThat(Api.portal().get("/api/v1/applications/" + receipt + "/status").status())
        .isEqualTo(200);
    assertThat(stranger.get("/api/v1/applications/" + receipt + "/status").status()).isEqualTo(404);
    List<JsonNode> strangerFeed = new ArrayList<>();
    follow(stranger, null, 500, strangerFeed);
    assertThat(receipts(strangerFeed)).doesNotContain(receipt);
  }

  // ---- helpers ----

  /** A new API client with role PORTAL, created by IT staff; its bearer token. */
  private static Api newPortalClient() {
    ObjectNode body =
        Api.JSON
            .createObjectNode()
            .put("name", "portal-" + UUID.randomUUID().toString().substring(0, 8))
            .put("expiresInDays", 1);
    body.putArray("roles").add("PORTAL");
    Reply created = IT_ADMIN.postJson("/api/v1/admin/api-clients", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return Api.bearer(created.json().path("token").asText());
  }

  private static Submitted submit(Api client) {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Reply reply = client.postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Submitted(application, reply.json().path("id").asText());
  }

  private static Reply withdraw(Api client, String receipt) {
    return client.postJson(
        "/api/v1/applications/" + receipt + "/withdrawal",
        Api.JSON.createObjectNode().put("reason", "引っ越しのため"));
  }

  /** The same answer as for a receipt number nobody used: nothing tells the application exists. */
  private static void assertIsNotFound(Reply reply, String receipt, Reply unknown) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    JsonNode expected = unknown.json();
    assertThat(problem.path("type")).isEqualTo(expected.path("type"));
    assertThat(problem.path("title")).isEqualTo(expected.path("title"));
    assertThat(problem.path("detail").asText()).isEqualTo("受付番号 " + receipt + " の申請はありません");
  }

  /** Reads the client's feed from {@code cursor} to its end, page by page; the last cursor. */
  private static String follow(Api client, String cursor, int limit, List<JsonNode> seen) {
    while (true) {
      Reply page =
          client.get(
              "/api/v1/status-changes?limit=" + limit + (cursor == null ? "" : "&after=" + cursor));
      assertThat(page.status()).as(page.text()).isEqualTo(200);
      JsonNode items = page.json().path("items");
      items.forEach(seen::add);
      cursor = page.json().path("nextCursor").asText();
      if (items.isEmpty()) {
        return cursor;
      }
    }
  }

  private static List<String> receipts(List<JsonNode> feed) {
    return feed.stream().map(item -> item.path("receiptNumber").asText()).toList();
  }

  private static JsonNode poll() {
    Reply reply = IT_ADMIN.post("/api/v1/admin/portal/poll", "application/json", new byte[0]);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static List<String> refusedReceipts() {
    JsonNode items = CLERK.get("/api/v1/intake/portal-refusals?limit=500").json().path("items");
    return items.findValuesAsText("receiptNumber");
  }
}
