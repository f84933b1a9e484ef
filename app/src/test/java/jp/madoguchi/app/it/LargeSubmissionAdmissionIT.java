package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * The admission limit on large request bodies (issue 8): many concurrent submissions with a 1 MB
 * attachment against the real server (-Xmx512m, default budget) are each either stored once (201)
 * or refused with 503 + Retry-After before anything is stored, never a 500; the refused ones
 * succeed when sent again.
 */
class LargeSubmissionAdmissionIT {

  private static final int CLIENTS = 64;
  private static final byte[] ONE_MB_PNG = ApplicationJson.noisePng();

  @Test
  void sixtyFourConcurrentOneMegabyteSubmissionsAreStoredOnceOrRefusedWith503NeverA500()
      throws Exception {
    String prefix = "ADM-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    List<ApplicationJson> applications = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      applications.add(large(String.format("%s-%04d", prefix, i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<Reply>> sent = new ArrayList<>();
    for (ApplicationJson application : applications) {
      sent.add(
          pool.submit(() -> Api.portal().postJson("/api/v1/applications", application.json())));
    }
    List<Reply> replies = new ArrayList<>();
    for (Future<Reply> reply : sent) {
      replies.add(reply.get());
    }
    pool.shutdown();

    TestDatabase database = MadoguchiServer.get().database();
    List<ApplicationJson> refused = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) {
      Reply reply = replies.get(i);
      ApplicationJson application = applications.get(i);
      assertThat(reply.status()).as(reply.text()).isIn(201, 503);
      if (reply.status() == 201) {
        assertThat(database.applicationsWithReceipt(application.receiptNumber())).isEqualTo(1);
      } else {
        assertBusy(reply);
        assertThat(database.applicationsWithReceipt(application.receiptNumber())).isZero();
        refused.add(application);
      }
    }
    System.out.println(
        "[admission] " + CLIENTS + " concurrent 1 MB submissions: " + refused.size() + " x 503");

    for (ApplicationJson application : refused) {
      Reply retried = sendUntilAdmitted(application);
      assertThat(retried.status()).as(retried.text()).isEqualTo(201);
      assertThat(database.applicationsWithReceipt(application.receiptNumber())).isEqualTo(1);
    }
    assertThat(MadoguchiServer.get().log()).doesNotContain("OutOfMemoryError");
  }

  /**
   * A slow upload that declares a body larger than the whole budget holds all of it: a 1 MB
   * submission (and a 1 MB resubmission) then waits briefly and is refused with 503, nothing
   * stored; once the slow upload is gone the same submission is stored.
   */
  @Test
  void whileTheBudgetIsHeldALargeSubmissionGets503AndItsRetrySucceeds() throws Exception {
    ApplicationJson application = large("ADMH-" + UUID.randomUUID().toString().substring(0, 8));
    MadoguchiServer server = MadoguchiServer.get();
    try (Socket slow = new Socket("127.0.0.1", server.port())) {
      OutputStream out = slow.getOutputStream();
      out.write(
          ("POST /api/v1/applications HTTP/1.1\r\n"
                  + "Host: 127.0.0.1\r\n"
                  + "Authorization: Basic "
                  + Base64.getEncoder()
                      .encodeToString("portal:portal-demo".getBytes(StandardCharsets.UTF_8))
                  + "\r\n"
                  + "Content-Type: application/json\r\n"
                  + "Content-Length: 25000000\r\n\r\n{\"receiptNumber\": \"")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      awaitBudgetHeld();

      Reply refused = Api.portal().postJson("/api/v1/applications", application.json());
      Reply resubmission =
          Api.portal()
              .postJson(
                  "/api/v1/applications/" + application.receiptNumber() + "/resubmission",
                  application.json());

      assertBusy(refused);
      assertBusy(resubmission);
      assertThat(server.database().applicationsWithReceipt(application.receiptNumber())).isZero();
    }

    Reply retried = sendUntilAdmitted(application);

    assertThat(retried.status()).as(retried.text()).isEqualTo(201);
    assertThat(server.database().applicationsWithReceipt(application.receiptNumber())).isEqualTo(1);
  }

  /**
   * Waits until the slow upload holds the budget: a probe whose body is over the small-body size (a
   * resubmission for a 受付番号 that does not exist, so it can never store anything) is answered 503
   * once the budget is taken.
   */
  private static void awaitBudgetHeld() throws InterruptedException {
    byte[] probe = new byte[100_000];
    java.util.Arrays.fill(probe, (byte) ' ');
    probe[probe.length - 2] = '{';
    probe[probe.length - 1] = '}';
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Reply reply =
          Api.portal()
              .post("/api/v1/applications/ADM-PROBE-NONE/resubmission", "application/json", probe);
      if (reply.status() == 503) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the slow upload never held the admission budget");
  }

  private static void assertBusy(Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(503);
    assertThat(reply.header("Retry-After")).isNotNull().matches("[1-9][0-9]*");
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:madoguchi:problem:unavailable");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("title").asText()).isEqualTo("現在サービスを利用できません");
    assertThat(problem.get("detail").asText()).contains("混み合っています").contains("再送");
  }

  /** Sends again after the time the server asks while it answers 503 (as a portal would). */
  private static Reply sendUntilAdmitted(ApplicationJson application) throws InterruptedException {
    Reply reply = null;
    for (int attempt = 0; attempt < 30; attempt++) {
      reply = Api.portal().postJson("/api/v1/applications", application.json());
      if (reply.status() != 503) {
        return reply;
      }
      assertBusy(reply);
      Thread.sleep(1000L * Integer.parseInt(reply.header("Retry-After")));
    }
    return reply;
  }

  private static ApplicationJson large(String receipt) {
    return ApplicationJson.valid("CC-02")
        .receiptNumber(receipt)
        .attach("scan.png", "image/png", ONE_MB_PNG);
  }
}
