package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IntakeIT {

  @ParameterizedTest
  @ValueSource(strings = {"CC-01", "LTC-01", "DIS-01"})
  void validApplicationIsReceivedWith201AndLocation(String procedureCode) {
    ApplicationJson application = ApplicationJson.valid(procedureCode);

    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    assertThat(reply.header("Location"))
        .endsWith("/api/v1/applications/" + application.receiptNumber() + "/status");
    JsonNode body = reply.json();
    assertThat(body.get("id").asText()).isNotBlank();
    assertThat(body.get("receiptNumber").asText()).isEqualTo(application.receiptNumber());
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("portalStatus").asText()).isEqualTo("処理中");
  }

  @Test
  void identicalReplayAnswers200WithTheSameIdAndStoresNothingTwice() {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Reply first = Api.portal().postJson("/api/v1/applications", application.json());
    var before = MadoguchiServer.get().database().rowCounts();

    Reply again = Api.portal().postJson("/api/v1/applications", application.json());

    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
  }

  @Test
  void replayWithKeysInAnotherOrderIsStillRecognisedAsIdentical() {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Reply first = Api.portal().postJson("/api/v1/applications", application.json());
    var reordered = Api.JSON.createObjectNode();
    var original = application.json();
    List<String> names = new ArrayList<>();
    original.fieldNames().forEachRemaining(names::add);
    for (int i = names.size() - 1; i >= 0; i--) {
      reordered.set(names.get(i), original.get(names.get(i)));
    }

    Reply again = Api.portal().postJson("/api/v1/applications", reordered);

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("id")).isEqualTo(first.json().get("id"));
  }

  @Test
  void differentBodyUnderTheSameReceiptNumberIsAConflict() {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Api.portal().postJson("/api/v1/applications", application.json());
    var before = MadoguchiServer.get().database().rowCounts();

    Reply conflicting =
        Api.portal()
            .postJson(
                "/api/v1/applications", application.applicant("address", "東京都千代田区丸の内1-1").json());

    assertThat(conflicting.status()).isEqualTo(409);
    assertThat(conflicting.contentType()).startsWith("application/problem+json");
    assertThat(conflicting.json().get("detail").asText()).contains(application.receiptNumber());
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
  }

  @Test
  void invalidCopyUnderATakenReceiptNumberIsRefusedAsInvalidNotAsConflict() {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    Api.portal().postJson("/api/v1/applications", application.json());

    Reply copy =
        Api.portal()
            .postJson(
                "/api/v1/applications", application.applicant("myNumber", "123456789011").json());

    assertThat(copy.status()).isEqualTo(422);
    assertThat(copy.json().get("errors").get(0).get("field").asText())
        .isEqualTo("applicant.myNumber");
  }

  @Test
  void twentyConcurrentIdenticalSubmissionsStoreExactlyOneApplication() throws Exception {
    ApplicationJson application = ApplicationJson.valid("CC-01");
    int clients = 20;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        Callable<Reply> submit =
            () -> {
              start.await();
              return Api.portal().postJson("/api/v1/applications", application.json());
            };
        replies.add(pool.submit(submit));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Future<Reply> reply : replies) {
        statuses.add(reply.get().status());
        ids.add(reply.get().json().get("id").asText());
      }

      assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
      assertThat(ids).hasSize(clients).containsOnly(ids.get(0));
      assertThat(
              MadoguchiServer.get().database().applicationsWithReceipt(application.receiptNumber()))
          .isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void statusOfAFreshApplicationIsShownAsProcessing() {
    ApplicationJson application = ApplicationJson.valid("DIS-01");
    Api.portal().postJson("/api/v1/applications", application.json());

    Reply status =
        Api.portal().get("/api/v1/applications/" + application.receiptNumber() + "/status");

    assertThat(status.status()).isEqualTo(200);
    JsonNode body = status.json();
    assertThat(body.get("receiptNumber").asText()).isEqualTo(application.receiptNumber());
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("portalStatus").asText()).isEqualTo("処理中");
    assertThat(body.get("updatedAt").asText()).isNotBlank();
    assertThat(body.has("message")).isTrue();
  }

  @Test
  void statusOfAnUnknownReceiptNumberIs404Problem() {
    Reply status = Api.portal().get("/api/v1/applications/NO-SUCH-RECEIPT/status");

    assertThat(status.status()).isEqualTo(404);
    assertThat(status.contentType()).startsWith("application/problem+json");
    assertThat(status.json().get("title").asText()).isEqualTo("対象が見つかりません");
  }

  @Test
  void personalDataNeverReachesTheServerLog() throws Exception {
    ApplicationJson application = ApplicationJson.valid("CC-01").applicant("name", "記録\u3000禁止太郎");
    Reply reply = Api.portal().postJson("/api/v1/applications", application.json());
    assertThat(reply.status()).isEqualTo(201);

    String log = MadoguchiServer.get().log();

    assertThat(log).contains(application.receiptNumber());
    assertThat(log).doesNotContain("記録").doesNotContain("123456789018");
  }
}
