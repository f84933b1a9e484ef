package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.portal.simulator.PackageKind;
import jp.madoguchi.portal.simulator.PackageMaker;
import jp.madoguchi.portal.simulator.PortalSimulator;
import jp.madoguchi.portal.simulator.Signer;
import org.junit.jupiter.api.Test;

/**
 * The portal pull end to end: the simulator serves signed packages, IT staff trigger polls ({@code
 * POST /api/v1/admin/portal/poll}; the scheduled poll is an hour apart in the tests).
 */
class PortalPullIT {

  private static final Api IT_ADMIN = Api.as("itadmin", "itadmin-demo");
  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final AtomicInteger RESIDENTS = new AtomicInteger();

  private final PortalSimulator portal = TestPortal.get();
  private final PackageMaker maker = new PackageMaker(portal);

  @Test
  void onePollStoresTenGoodApplicationsAndFiveIntakeErrorsAndTheNextPollNothingNew()
      throws Exception {
    Map<String, String> residentOf = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("issuer,serial,residentId\n");
    for (int i = 0; i < 10; i++) {
      Signer signer = portal.ca().issue("resident-" + i);
      String receipt = receipt();
      String residentId = "R" + (100000 + RESIDENTS.incrementAndGet());
      residentOf.put(receipt, residentId);
      csv.append('"')
          .append(signer.certificate().getIssuerX500Principal().getName())
          .append("\",")
          .append(signer.certificate().getSerialNumber().toString(16))
          .append(',')
          .append(residentId)
          .append('\n');
      portal.publish(receipt, signed(receipt, signer));
    }
    assertThat(importCsv(csv.toString()).status()).isEqualTo(200);
    Map<String, String> reasonOf = publishFiveBadPackages();

    JsonNode first = poll();
    JsonNode second = poll();

    assertThat(first.path("succeeded").asBoolean()).isTrue();
    assertThat(first.path("stored").asInt()).isEqualTo(10);
    assertThat(first.path("intakeErrors").asInt()).isEqualTo(5);
    assertThat(first.path("confirmed").asInt()).isEqualTo(15);
    assertThat(second.path("listed").asInt()).isZero();
    assertThat(second.path("stored").asInt()).isZero();
    residentOf.forEach(
        (receipt, residentId) -> {
          assertThat(status(receipt).path("portalStatus").asText()).isEqualTo("処理中");
          JsonNode signature = detail(receipt).path("signature");
          assertThat(signature.path("verified").asBoolean()).isTrue();
          assertThat(signature.path("identified").asBoolean()).isTrue();
          assertThat(signature.path("residentId").asText()).isEqualTo(residentId);
          assertThat(portal.confirmation(receipt).orElseThrow().outcome()).isEqualTo("STORED");
        });
    Map<String, String> feed = feedMessages();
    reasonOf.forEach(
        (receipt, reason) -> {
          JsonNode status = status(receipt);
          assertThat(status.path("portalStatus").asText()).isEqualTo("受付エラー");
          assertThat(status.path("message").asText()).startsWith("受付エラー: " + reason);
          assertThat(feed.get(receipt)).startsWith("受付エラー: " + reason);
          JsonNode detail = detail(receipt);
          assertThat(detail.path("status").asText()).isEqualTo("INTAKE_ERROR");
          assertThat(detail.path("signature").path("verified").asBoolean()).isFalse();
          assertThat(detail.path("signature").path("identified").asBoolean()).isFalse();
          PortalSimulator.Confirmation confirmation = portal.confirmation(receipt).orElseThrow();
          assertThat(confirmation.outcome()).isEqualTo("INTAKE_ERROR");
          assertThat(confirmation.reason()).startsWith(reason);
        });
    // intake errors count like any other status on the dashboard
    DashboardCounts.assertMatchTheListing();
  }

  @Test
  void aSignedApplicationWhoseCertificateIsNotRegisteredIsShownAsNotIdentified() {
    String receipt = receipt();
    portal.publish(receipt, signed(receipt, portal.ca().issue("unregistered")));

    poll();

    JsonNode signature = detail(receipt).path("signature");
    assertThat(signature.path("verified").asBoolean()).isTrue();
    assertThat(signature.path("identified").asBoolean()).isFalse();
    assertThat(signature.path("certificateSerial").asText()).isNotEmpty();
  }

  @Test
  void aPackageOfferedAgainIsFetchedAgainButStoredOnce() {
    String receipt = receipt();
    portal.publish(receipt, signed(receipt, portal.ca().issue("twice")));
    assertThat(poll().path("stored").asInt()).isEqualTo(1);
    portal.offerAgain(receipt);

    JsonNode again = poll();

    assertThat(again.path("stored").asInt()).isZero();
    assertThat(again.path("alreadyStored").asInt()).isEqualTo(1);
    assertThat(portal.fetchCount(receipt)).isEqualTo(2);
    assertThat(portal.isConfirmed(receipt)).isTrue();
    assertThat(CLERK.get("/api/v1/intake?q=" + receipt).json().path("items")).hasSize(1);
  }

  @Test
  void whileThePortalIsDownPollsFailAndBackOffAndOnceUpTheApplicationArrives() {
    String receipt = receipt();
    portal.publish(receipt, signed(receipt, portal.ca().issue("patient")));
    portal.down(true);
    JsonNode failed;
    try {
      failed = poll();
    } finally {
      portal.down(false);
    }
    JsonNode whileDown = IT_ADMIN.get("/api/v1/admin/portal/status").json();

    JsonNode recovered = poll();

    assertThat(failed.path("succeeded").asBoolean()).isFalse();
    assertThat(failed.path("error").asText()).contains("HTTP 503");
    assertThat(whileDown.path("consecutiveFailures").asInt()).isPositive();
    assertThat(whileDown.path("backingOffUntil").isNull()).isFalse();
    assertThat(recovered.path("succeeded").asBoolean()).isTrue();
    assertThat(recovered.path("stored").asInt()).isEqualTo(1);
    assertThat(status(receipt).path("portalStatus").asText()).isEqualTo("処理中");
    JsonNode after = IT_ADMIN.get("/api/v1/admin/portal/status").json();
    assertThat(after.path("consecutiveFailures").asInt()).isZero();
    assertThat(after.path("lastSuccess").path("at").asText())
        .isEqualTo(recovered.path("at").asText());
    JsonNode health = Api.anonymous().get("/health").json();
    assertThat(health.toString()).contains("portal-pull").contains(recovered.path("at").asText());
  }

  @Test
  void aCrashBetweenStoringAndConfirmingLeadsToARefetchThatStoresNothingTwice() {
    String receipt = receipt();
    portal.publish(receipt, signed(receipt, portal.ca().issue("crash")));
    portal.failConfirmationOnce(receipt);

    JsonNode interrupted = poll();
    boolean confirmedAfterCrash = portal.isConfirmed(receipt);
    JsonNode resumed = poll();

    assertThat(interrupted.path("succeeded").asBoolean()).isFalse();
    assertThat(interrupted.path("error").asText()).contains("受領通知").contains("HTTP 503");
    assertThat(interrupted.path("stored").asInt()).isEqualTo(1);
    assertThat(confirmedAfterCrash).isFalse();
    assertThat(resumed.path("succeeded").asBoolean()).isTrue();
    assertThat(resumed.path("alreadyStored").asInt()).isEqualTo(1);
    assertThat(resumed.path("stored").asInt()).isZero();
    assertThat(portal.isConfirmed(receipt)).isTrue();
    assertThat(portal.fetchCount(receipt)).isEqualTo(2);
    assertThat(CLERK.get("/api/v1/intake?q=" + receipt).json().path("items")).hasSize(1);
  }

  @Test
  void anUnreadablePackageIsRefusedConfirmedAndNotStored() {
    String receipt = receipt();
    maker.publish(PackageKind.XXE, "CC-01", receipt);

    JsonNode report = poll();

    String reason = PackageKind.XXE.refusal().message();
    assertThat(report.path("refused").asInt()).isEqualTo(1);
    assertThat(portal.confirmation(receipt))
        .hasValueSatisfying(
            c -> {
              assertThat(c.outcome()).isEqualTo("REFUSED");
              assertThat(c.reason()).startsWith(reason);
            });
    assertThat(CLERK.get("/api/v1/intake?q=" + receipt).json().path("items")).isEmpty();
    JsonNode status = Api.portal().get("/api/v1/applications/" + receipt + "/status").json();
    assertThat(status.path("portalStatus").asText()).isEqualTo("受付エラー");
    assertThat(status.path("message").asText()).startsWith("受付エラー: " + reason);
    JsonNode refused = CLERK.get("/api/v1/intake/portal-refusals").json().path("items");
    assertThat(refused.findValuesAsText("receiptNumber")).contains(receipt);
    for (JsonNode item : refused) {
      if (item.path("receiptNumber").asText().equals(receipt)) {
        assertThat(item.path("reason").asText()).startsWith(reason);
        assertThat(item.path("fetchedAt").asText()).isNotEmpty();
      }
    }
    assertThat(Api.portal().get("/api/v1/intake/portal-refusals").status()).isEqualTo(403);
    assertThat(CLERK.get("/api/v1/intake/portal-refusals?limit=0").status()).isEqualTo(422);
  }

  @Test
  void itStaffMaintainTheResidentTableAndABadCsvImportsNothing() {
    Signer signer = portal.ca().issue("maintained");
    String issuer = signer.certificate().getIssuerX500Principal().getName();
    String serial = signer.certificate().getSerialNumber().toString(16);
    JsonNode entry =
        Api.JSON
            .createObjectNode()
            .put("issuer", issuer)
            .put("serial", serial)
            .put("residentId", "R-900001");

    assertThat(put(entry).status()).isEqualTo(200);
    assertThat(IT_ADMIN.get("/api/v1/admin/resident-certificates").text()).contains("R-900001");
    Api.Reply bad =
        importCsv(
            "issuer,serial,residentId\n\""
                + issuer
                + "\",abc123,R-900002\n\""
                + issuer
                + "\",not-hex,R-900003\n");
    assertThat(bad.status()).isEqualTo(422);
    assertThat(bad.text()).contains("3行目").contains("16進数");
    assertThat(IT_ADMIN.get("/api/v1/admin/resident-certificates").text())
        .doesNotContain("R-900002");
    Api.Reply deleted =
        IT_ADMIN.postJson(
            "/api/v1/admin/resident-certificates/remove",
            Api.JSON.createObjectNode().put("issuer", issuer).put("serial", serial));
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(IT_ADMIN.get("/api/v1/admin/resident-certificates").text())
        .doesNotContain("R-900001");
    assertThat(CLERK.get("/api/v1/admin/resident-certificates").status()).isEqualTo(403);
  }

  // ---- the five bad packages of the acceptance ----

  private Map<String, String> publishFiveBadPackages() {
    Map<String, String> reasonOf = new LinkedHashMap<>();
    for (PackageKind kind : PackageKind.values()) {
      if (kind.isIntakeError()) {
        String receipt = receipt();
        maker.publish(kind, "CC-01", receipt);
        reasonOf.put(receipt, kind.refusal().message());
      }
    }
    assertThat(reasonOf).hasSize(5);
    return reasonOf;
  }

  // ---- helpers ----

  private static String receipt() {
    return "PP-" + UUID.randomUUID();
  }

  /** A valid CC-01 application as a package signed by {@code signer}, submitted an hour ago. */
  private static byte[] signed(String receipt, Signer signer) {
    return PackageMaker.signedSample("CC-01", receipt, signer);
  }

  private static JsonNode poll() {
    Api.Reply reply = IT_ADMIN.post("/api/v1/admin/portal/poll", "application/json", new byte[0]);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode status(String receipt) {
    Api.Reply reply = Api.portal().get("/api/v1/applications/" + receipt + "/status");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static JsonNode detail(String receipt) {
    JsonNode items = CLERK.get("/api/v1/intake?q=" + receipt).json().path("items");
    assertThat(items).as("queue entry of " + receipt).hasSize(1);
    Api.Reply reply = CLERK.get("/api/v1/intake/" + items.get(0).path("id").asText());
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static Map<String, String> feedMessages() {
    Map<String, String> messages = new LinkedHashMap<>();
    String cursor = "0";
    while (true) {
      JsonNode page =
          Api.portal().get("/api/v1/status-changes?after=" + cursor + "&limit=500").json();
      List<JsonNode> items = new ArrayList<>();
      page.path("items").forEach(items::add);
      if (items.isEmpty()) {
        return messages;
      }
      for (JsonNode item : items) {
        messages.put(item.path("receiptNumber").asText(), item.path("message").asText());
      }
      cursor = page.path("nextCursor").asText();
    }
  }

  private static Api.Reply importCsv(String csv) {
    return IT_ADMIN.post(
        "/api/v1/admin/resident-certificates/import",
        "text/csv",
        csv.getBytes(StandardCharsets.UTF_8));
  }

  private static Api.Reply put(JsonNode entry) {
    return IT_ADMIN.send(
        IT_ADMIN
            .request("/api/v1/admin/resident-certificates")
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(entry.toString())));
  }
}
