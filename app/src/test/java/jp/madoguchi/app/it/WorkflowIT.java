package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/** The clerk's workflow and the portal's view of it, through the real API. */
class WorkflowIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Api SUPERVISOR = Api.as("supervisor", "supervisor-demo");

  /** Submits a fresh application and returns its queue id. */
  static Submitted submit(String procedure) {
    ApplicationJson application = ApplicationJson.valid(procedure);
    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return new Submitted(application, reply.json().get("id").asText());
  }

  record Submitted(ApplicationJson application, String id) {
    String receipt() {
      return application.receiptNumber();
    }

    long version() {
      return CLERK.get("/api/v1/intake/" + id).json().get("version").asLong();
    }

    Reply step(Api as, String action, String reason) {
      return step(as, action, reason, version());
    }

    Reply step(Api as, String action, String reason, long expectedVersion) {
      ObjectNode body = Api.JSON.createObjectNode();
      body.put("action", action);
      if (reason != null) {
        body.put("reason", reason);
      }
      body.put("expectedVersion", expectedVersion);
      return as.postJson("/api/v1/intake/" + id + "/transitions", body);
    }

    JsonNode portalStatus() {
      return Api.portal().get("/api/v1/applications/" + receipt() + "/status").json();
    }
  }

  @Test
  void queueFindsANewApplicationByReceiptNumberAndNeverShowsMyNumber() {
    Submitted s = submit("CC-01");

    Reply page = CLERK.get("/api/v1/intake?q=" + s.receipt());

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().get("items")).hasSize(1);
    JsonNode item = page.json().get("items").get(0);
    assertThat(item.get("receiptNumber").asText()).isEqualTo(s.receipt());
    assertThat(item.get("statusLabel").asText()).isEqualTo("受付");
    assertThat(item.get("procedureName").asText()).contains("児童手当");
    assertThat(page.text()).doesNotContain("123456789018").doesNotContain("myNumber");
  }

  @Test
  void detailShowsMyNumberMaskedAndTheFormData() {
    Submitted s = submit("CC-01");

    JsonNode detail = CLERK.get("/api/v1/intake/" + s.id()).json();

    assertThat(detail.get("applicant").get("myNumber").asText()).isEqualTo("********9018");
    assertThat(detail.get("form").get("children")).hasSize(2);
    assertThat(detail.get("version").asLong()).isZero();
    assertThat(CLERK.get("/api/v1/intake/" + s.id()).text()).doesNotContain("123456789018");
  }

  @Test
  void searchByKanaFindsTheApplicantWhateverKanaFormIsTyped() {
    Submitted s = submit("DIS-01");
    String kana =
        CLERK.get("/api/v1/intake/" + s.id()).json().get("applicant").get("nameKana").asText();
    String hiragana = toHiragana(kana.split("\u3000")[0]);

    Reply page =
        CLERK.get(
            "/api/v1/intake?limit=200&q="
                + java.net.URLEncoder.encode(hiragana, java.nio.charset.StandardCharsets.UTF_8));

    List<String> receipts = new ArrayList<>();
    page.json().get("items").forEach(i -> receipts.add(i.get("receiptNumber").asText()));
    assertThat(receipts).contains(s.receipt());
  }

  @Test
  void correctionResubmissionAcceptanceAndCompletionAreSeenByThePortal() {
    Submitted s = submit("CC-01");
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);

    Reply correction = s.step(CLERK, "REQUEST_CORRECTION", "住所の番地を確認してください");
    assertThat(correction.status()).isEqualTo(200);
    assertThat(s.portalStatus().get("portalStatus").asText()).isEqualTo("要訂正");
    assertThat(s.portalStatus().get("message").asText()).contains("住所の番地を確認してください");

    Reply resubmitted =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + s.receipt() + "/resubmission",
                s.application().applicant("address", "東京都千代田区千代田1-2").json());
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);
    assertThat(resubmitted.json().get("status").asText()).isEqualTo("UNDER_REVIEW");

    JsonNode history = CLERK.get("/api/v1/intake/" + s.id() + "/history").json();
    JsonNode last = history.get(history.size() - 1);
    assertThat(last.get("to").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(last.get("changes")).hasSize(1);
    assertThat(last.get("changes").get(0).get("field").asText()).isEqualTo("applicant.address");
    assertThat(last.get("changes").get(0).get("after").asText()).isEqualTo("東京都千代田区千代田1-2");

    assertThat(s.step(CLERK, "ACCEPT", null).status()).isEqualTo(200);
    assertThat(s.portalStatus().get("portalStatus").asText()).isEqualTo("処理中");
    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(s.step(CLERK, "COMPLETE", null).status()).isEqualTo(200);
    assertThat(s.portalStatus().get("portalStatus").asText()).isEqualTo("完了");
    assertThat(CLERK.get("/api/v1/intake/" + s.id() + "/history").json()).hasSize(7);
  }

  @Test
  void rejectionIsShownAsCompletedWithAMessageStatingKyakkaAndTheReason() {
    Submitted s = submit("DIS-01");
    s.step(CLERK, "START_REVIEW", null);

    assertThat(s.step(CLERK, "REJECT", "被災住家が管轄外のため").status()).isEqualTo(200);

    JsonNode status = s.portalStatus();
    assertThat(status.get("portalStatus").asText()).isEqualTo("完了");
    assertThat(status.get("message").asText()).isEqualTo("却下: 被災住家が管轄外のため");
  }

  @Test
  void correctionAndRejectionNeedAReason() {
    Submitted s = submit("CC-01");
    s.step(CLERK, "START_REVIEW", null);

    Reply reply = s.step(CLERK, "REJECT", " ");

    assertThat(reply.status()).isEqualTo(422);
    assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
  }

  @Test
  void illegalTransitionIs409NamingTheCurrentState() {
    Submitted s = submit("CC-01");

    Reply reply = s.step(CLERK, "ACCEPT", null);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("detail").asText()).contains("受付").contains("受理");
  }

  @Test
  void staleExpectedVersionIs409() {
    Submitted s = submit("CC-01");
    s.step(CLERK, "START_REVIEW", null);

    Reply reply = s.step(CLERK, "ACCEPT", null, 0);

    assertThat(reply.status()).isEqualTo(409);
    assertThat(reply.json().get("detail").asText()).contains("他の操作");
  }

  @Test
  void twoClerksAcceptingWithTheSameVersionGetOne200AndOne409() throws Exception {
    Submitted s = submit("LTC-01");
    s.step(CLERK, "START_REVIEW", null);
    long version = s.version();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> outcomes = new ArrayList<>();
      for (Api clerk : List.of(CLERK, SUPERVISOR)) {
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  return s.step(clerk, "ACCEPT", null, version).status();
                }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> outcome : outcomes) {
        statuses.add(outcome.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    } finally {
      pool.shutdownNow();
    }
    JsonNode history = CLERK.get("/api/v1/intake/" + s.id() + "/history").json();
    assertThat(history).hasSize(3);
  }

  @Test
  void withdrawalBeforeAcceptanceEndsTheApplicationAndAfterAcceptanceIsRefused() {
    Submitted open = submit("CC-01");
    Reply withdrawn =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + open.receipt() + "/withdrawal",
                Api.JSON.createObjectNode().put("reason", "転居のため"));
    assertThat(withdrawn.status()).isEqualTo(200);
    assertThat(withdrawn.json().get("portalStatus").asText()).isEqualTo("完了");
    assertThat(withdrawn.json().get("message").asText()).isEqualTo("取下げ: 転居のため");

    Submitted accepted = submit("CC-01");
    accepted.step(CLERK, "START_REVIEW", null);
    accepted.step(CLERK, "ACCEPT", null);
    Reply refused =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + accepted.receipt() + "/withdrawal",
                Api.JSON.createObjectNode());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("detail").asText()).containsAnyOf("受理", "基幹連携済");
  }

  @Test
  void resubmissionIsRefusedUnlessCorrectionWasRequested() {
    Submitted s = submit("CC-01");

    Reply reply =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + s.receipt() + "/resubmission",
                s.application().applicant("address", "東京都千代田区千代田9-9").json());

    assertThat(reply.status()).isEqualTo(409);
  }

  @Test
  void invalidResubmissionIs422AndChangesNothing() {
    Submitted s = submit("CC-01");
    s.step(CLERK, "START_REVIEW", null);
    s.step(CLERK, "REQUEST_CORRECTION", "生年月日を確認してください");

    Reply reply =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + s.receipt() + "/resubmission",
                s.application().applicant("myNumber", "123456789011").json());

    assertThat(reply.status()).isEqualTo(422);
    assertThat(s.portalStatus().get("portalStatus").asText()).isEqualTo("要訂正");
  }

  @Test
  void claimReleaseAndSupervisorReassignment() {
    Submitted s = submit("CC-01");

    assertThat(
            CLERK
                .postJson("/api/v1/intake/" + s.id() + "/claim", Api.JSON.createObjectNode())
                .json()
                .get("assignee")
                .asText())
        .isEqualTo("clerk");
    assertThat(CLERK.get("/api/v1/intake?assignee=clerk&limit=200").json().get("items").toString())
        .contains(s.receipt());
    assertThat(
            SUPERVISOR
                .postJson("/api/v1/intake/" + s.id() + "/claim", Api.JSON.createObjectNode())
                .status())
        .isEqualTo(409);
    Reply reassigned =
        SUPERVISOR.postJson(
            "/api/v1/intake/" + s.id() + "/assign",
            Api.JSON.createObjectNode().put("assignee", "supervisor"));
    assertThat(reassigned.json().get("assignee").asText()).isEqualTo("supervisor");
    assertThat(
            CLERK
                .postJson(
                    "/api/v1/intake/" + s.id() + "/assign",
                    Api.JSON.createObjectNode().put("assignee", "clerk"))
                .status())
        .isEqualTo(403);
    assertThat(
            CLERK
                .postJson("/api/v1/intake/" + s.id() + "/release", Api.JSON.createObjectNode())
                .status())
        .isEqualTo(409);
  }

  @Test
  void internalCommentsAreKeptButNotShownToThePortal() {
    Submitted s = submit("CC-01");

    Reply commented =
        CLERK.postJson(
            "/api/v1/intake/" + s.id() + "/comments",
            Api.JSON.createObjectNode().put("body", "電話で本人確認済み"));

    assertThat(commented.json().get("comments").get(0).get("body").asText()).isEqualTo("電話で本人確認済み");
    assertThat(s.portalStatus().toString()).doesNotContain("本人確認済み");
  }

  @Test
  void clerksDownloadTheSanitisedCopyAndOnlySupervisorsTheOriginal() {
    Submitted s = submit("DIS-01");
    JsonNode attachment = CLERK.get("/api/v1/intake/" + s.id()).json().get("attachments").get(0);
    String path = "/api/v1/intake/" + s.id() + "/attachments/" + attachment.get("id").asText();
    JsonNode sent = s.application().json().get("attachments").get(0);
    byte[] original = java.util.Base64.getDecoder().decode(sent.get("content").asText());

    Reply copy = CLERK.get(path);
    Reply originalByClerk = CLERK.get(path + "/original");
    Reply originalBySupervisor = SUPERVISOR.get(path + "/original");

    assertThat(copy.status()).isEqualTo(200);
    assertThat(copy.contentType()).startsWith(sent.get("mediaType").asText());
    assertThat(copy.header("Content-Disposition")).startsWith("attachment;");
    assertThat(sha256(copy.response().body()))
        .isEqualTo(attachment.get("sanitisedSha256").asText());
    assertThat(originalByClerk.status()).isEqualTo(403);
    assertThat(originalBySupervisor.response().body()).isEqualTo(original);
    assertThat(attachment.get("sha256").asText()).isEqualTo(sha256(original));
  }

  @Test
  void scriptsInAPdfAreRemovedFromTheCopyAndListed() throws Exception {
    ApplicationJson application =
        ApplicationJson.valid("DIS-01")
            .attach("mitsumori.pdf", "application/pdf", PdfWithScript.bytes());
    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    String id = reply.json().get("id").asText();
    JsonNode attachments = CLERK.get("/api/v1/intake/" + id).json().get("attachments");
    JsonNode scripted = attachments.get(attachments.size() - 1);

    byte[] copy =
        CLERK
            .get("/api/v1/intake/" + id + "/attachments/" + scripted.get("id").asText())
            .response()
            .body();

    assertThat(scripted.get("removed").toString()).contains("JavaScript");
    assertThat(new String(copy, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("/JavaScript")
        .doesNotContain("app.alert");
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void pagingThroughTheWholeQueueShowsEveryApplicationOnceOldestFirst() {
    submit("CC-01");
    List<String> ids = new ArrayList<>();
    List<String> times = new ArrayList<>();
    String cursor = null;
    do {
      Reply page =
          CLERK.get("/api/v1/intake?limit=7" + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).isEqualTo(200);
      page.json()
          .get("items")
          .forEach(
              i -> {
                ids.add(i.get("id").asText());
                times.add(i.get("receivedAt").asText());
              });
      cursor =
          page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
    } while (cursor != null);

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(times.stream().map(java.time.Instant::parse).toList()).isSorted();
    long total = MadoguchiServer.get().database().rowCounts().get("application");
    assertThat(ids).hasSize((int) total);
  }

  @Test
  void countsByStatusAreServed() {
    submit("CC-01");

    JsonNode counts = CLERK.get("/api/v1/intake/counts").json();

    assertThat(counts.get("byStatus").get("RECEIVED").asLong()).isPositive();
    assertThat(counts.get("openByProcedure").get("CC-01").asLong()).isPositive();
    assertThat(counts.has("overdue")).isTrue();
  }

  @Test
  void dashboardCountsEqualTheListingAfterAMixOfSubmissionsTransitionsAndWithdrawals()
      throws Exception {
    DashboardCounts.assertMatchTheListing();
    List<Submitted> all = new ArrayList<>();
    for (String procedure : List.of("CC-01", "CC-01", "CC-02", "CC-02", "CC-01", "CC-01")) {
      all.add(submit(procedure));
    }
    Submitted reviewed = all.get(0);
    assertThat(reviewed.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);

    Submitted corrected = all.get(1);
    corrected.step(CLERK, "START_REVIEW", null);
    assertThat(corrected.step(CLERK, "REQUEST_CORRECTION", "氏名を確認してください").status()).isEqualTo(200);
    DashboardCounts.assertMatchTheListing();
    Reply resubmitted =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + corrected.receipt() + "/resubmission",
                corrected.application().applicant("address", "東京都千代田区千代田1-3").json());
    assertThat(resubmitted.status()).as(resubmitted.text()).isEqualTo(200);

    Submitted rejected = all.get(2);
    rejected.step(CLERK, "START_REVIEW", null);
    assertThat(rejected.step(CLERK, "REJECT", "対象外です").status()).isEqualTo(200);

    Submitted withdrawn = all.get(3);
    Reply withdrawal =
        Api.portal()
            .postJson(
                "/api/v1/applications/" + withdrawn.receipt() + "/withdrawal",
                Api.JSON.createObjectNode());
    assertThat(withdrawal.status()).isEqualTo(200);

    Submitted completed = all.get(4);
    completed.step(CLERK, "START_REVIEW", null);
    assertThat(completed.step(CLERK, "ACCEPT", null).status()).isEqualTo(200);

    // refused steps change nothing
    Submitted untouched = all.get(5);
    assertThat(untouched.step(CLERK, "ACCEPT", null).status()).isEqualTo(409);
    assertThat(reviewed.step(CLERK, "ACCEPT", null, reviewed.version() - 1).status())
        .isEqualTo(409);
    assertThat(
            Api.portal()
                .postJson(
                    "/api/v1/applications/" + rejected.receipt() + "/withdrawal",
                    Api.JSON.createObjectNode())
                .status())
        .isEqualTo(409);
    DashboardCounts.assertMatchTheListing();

    Linkage.awaitStatus(completed.id(), "LINKED");
    assertThat(completed.step(CLERK, "COMPLETE", null).status()).isEqualTo(200);
    DashboardCounts.assertMatchTheListing();
  }

  @Test
  void applicationPdfIsServedWithTheJapaneseTextExtractableAndMyNumberMasked() throws Exception {
    Submitted s = submit("CC-01");

    Reply pdf = CLERK.get("/api/v1/intake/" + s.id() + "/pdf");

    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    String text = PdfText.extract(pdf.response().body());
    assertThat(text)
        .contains(s.application().applicantName().replace("\u3000", ""))
        .contains("児童手当")
        .contains(s.receipt())
        .doesNotContain("123456789018");
  }

  @Test
  void portalMayNotUseTheClerkQueue() {
    assertThat(Api.portal().get("/api/v1/intake").status()).isEqualTo(403);
  }

  private static String toHiragana(String katakana) {
    StringBuilder out = new StringBuilder();
    katakana
        .codePoints()
        .forEach(c -> out.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c));
    return out.toString();
  }
}
