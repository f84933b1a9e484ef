package jp.madoguchi.app.it;

import static jp.madoguchi.app.it.Linkage.CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.CoreSystemStub.Answer;
import jp.madoguchi.app.it.CoreSystemStub.Call;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What goes wrong between Madoguchi and core systems — slow and busy core systems, a worker that
 * dies holding a delivery, a batch job that never acknowledges — and that every application still
 * reaches its core system exactly once.
 */
class LinkageFailuresIT {

  private static final Api BATCH_JOB = Api.as("batch", "batch-demo");
  @RegisterExtension static final CoreSystemStub core = new CoreSystemStub();

  @Test
  void aCoreSystemTooSlowToAnswerIsRetriedWithTheSameIdempotencyKey() {
    core.answer("/slow", 200, Answer.slow(200, Duration.ofSeconds(4)));
    Linkage.configure("CC-10", Linkage.apiRoute(core.url("/slow"), 5, 1000));

    WorkflowIT.Submitted s = Linkage.accepted("CC-10");

    Linkage.awaitStatus(s.id(), "LINKED");
    JsonNode history = Linkage.deliveryHistory(s.id()).get(0);
    String key = history.get("delivery").get("id").asText();
    JsonNode attempts = history.get("attempts");
    assertThat(attempts.findValuesAsText("outcome"))
        .containsExactly("RETRY_SCHEDULED", "DELIVERED");
    assertThat(attempts.get(0).get("error").asText()).isEqualTo("timeout after 1000 ms");
    assertThat(attempts.get(0).get("durationMs").asLong()).isGreaterThanOrEqualTo(1000);
    assertThat(history.get("delivery").get("coreReference").asText()).isEqualTo("CORE-" + key);
    // the slow call may still be answered after Madoguchi gave up on it: the core system then sees
    // the application twice under one Idempotency-Key, which is how it knows it is the same one
    List<Call> calls =
        Linkage.await(() -> core.calls("/slow"), c -> c.size() == 2, "both calls answered");
    assertThat(calls).extracting(Call::key).containsOnly(key);
  }

  @Test
  void tooManyRequestsWithRetryAfterIsRetriedNoSoonerThanTheCoreSystemAsked() {
    core.answer("/busy", 200, Answer.retryAfter(429, "2"));
    Linkage.configure("CC-11", Linkage.apiRoute(core.url("/busy"), 5));

    WorkflowIT.Submitted s = Linkage.accepted("CC-11");

    Linkage.awaitStatus(s.id(), "LINKED");
    List<Call> calls = core.calls("/busy");
    assertThat(calls).extracting(Call::status).containsExactly(429, 200);
    assertThat(calls.get(1).receivedAt())
        .isAfterOrEqualTo(calls.get(0).answeredAt().plus(Duration.ofSeconds(2)));
    String key = calls.get(0).key();
    assertThat(calls.get(1).key()).isEqualTo(key);
    assertThat(core.successes(key)).isEqualTo(1);
    JsonNode attempts = Linkage.deliveryHistory(s.id()).get(0).get("attempts");
    assertThat(attempts.get(0).get("error").asText()).isEqualTo("HTTP 429");
  }

  @Test
  void aDeliveryHeldByAWorkerThatDiedIsDeliveredOnceAfterItsLeaseRunsOut() throws Exception {
    // the first call asks for an hour's pause, so nothing else takes the delivery meanwhile
    core.answer("/lease", 200, Answer.retryAfter(503, "3600"));
    Linkage.configure("CC-12", Linkage.apiRoute(core.url("/lease"), 5));
    WorkflowIT.Submitted s = Linkage.accepted("CC-12");
    JsonNode waiting =
        Linkage.await(
                () -> Linkage.deliveryHistory(s.id()),
                h -> h.size() == 1 && h.get(0).get("attempts").size() == 1,
                "the first attempt")
            .get(0)
            .get("delivery");
    assertThat(waiting.get("status").asText()).isEqualTo("PENDING");
    String key = waiting.get("id").asText();

    claimedByADeadWorker(UUID.fromString(key));

    Linkage.awaitStatus(s.id(), "LINKED");
    assertThat(core.calls("/lease")).extracting(Call::status).containsExactly(503, 200);
    assertThat(core.keysSeen("/lease")).containsOnly(key);
    assertThat(core.successes(key)).isEqualTo(1);
    assertThat(Linkage.deliveryHistory(s.id()).get(0).get("attempts").findValuesAsText("outcome"))
        .containsExactly("RETRY_SCHEDULED", "DELIVERED");
  }

  @Test
  void aBatchNotAcknowledgedWithinItsLeaseIsReleasedAndOfferedAgain() throws Exception {
    Linkage.configure("CC-13", Linkage.fileRoute("BATCH", null));
    LinkageAcceptanceIT.drainBatches("CC-13");
    WorkflowIT.Submitted first = Linkage.accepted("CC-13");
    WorkflowIT.Submitted second = Linkage.accepted("CC-13");
    Reply abandoned = LinkageAcceptanceIT.claim("CC-13", 100);
    assertThat(abandoned.json().get("count").asInt()).isEqualTo(2);
    String abandonedId = abandoned.json().get("batchId").asText();
    byte[] abandonedFile = file(abandonedId);

    leaseRanOut(UUID.fromString(abandonedId));
    Reply offeredAgain = LinkageAcceptanceIT.claim("CC-13", 100);

    assertThat(offeredAgain.status()).as(offeredAgain.text()).isEqualTo(201);
    assertThat(offeredAgain.json().get("count").asInt()).isEqualTo(2);
    String batchId = offeredAgain.json().get("batchId").asText();
    String csv = LinkageAcceptanceIT.strictCp932(file(batchId));
    assertThat(csv).contains(first.receipt()).contains(second.receipt());
    assertThat(file(abandonedId)).isEqualTo(abandonedFile);
    ObjectNode none = Api.JSON.createObjectNode();
    none.putArray("rejected");
    assertThat(BATCH_JOB.postJson("/api/v1/batches/" + abandonedId + "/ack", none).status())
        .isEqualTo(409);
    assertThat(BATCH_JOB.postJson("/api/v1/batches/" + batchId + "/ack", none).status())
        .isEqualTo(200);
    assertThat(CLERK.get("/api/v1/intake/" + first.id()).json().get("status").asText())
        .isEqualTo("LINKED");
    assertThat(CLERK.get("/api/v1/intake/" + second.id()).json().get("status").asText())
        .isEqualTo("LINKED");
    assertThat(LinkageAcceptanceIT.claim("CC-13", 100).status()).isEqualTo(204);
  }

  private static byte[] file(String batchId) {
    Reply file = BATCH_JOB.get("/api/v1/batches/" + batchId + "/file");
    assertThat(file.status()).isEqualTo(200);
    return file.response().body();
  }

  /** As if another instance had claimed the delivery and died: its lease ended a minute ago. */
  private static void claimedByADeadWorker(UUID deliveryId) throws SQLException {
    Instant now = Instant.now();
    update(
        "UPDATE delivery SET status = 'IN_PROGRESS', lease_owner = 'dead-worker',"
            + " lease_token = 'dead-token', lease_until = ?, next_attempt_at = ? WHERE id = ?",
        at(now.minus(Duration.ofMinutes(1))),
        at(now.plus(Duration.ofHours(1))),
        deliveryId);
  }

  private static void leaseRanOut(UUID batchId) throws SQLException {
    update(
        "UPDATE delivery_batch SET lease_until = ? WHERE id = ?",
        at(Instant.now().minus(Duration.ofMinutes(1))),
        batchId);
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static void update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      assertThat(statement.executeUpdate()).isEqualTo(1);
    }
  }
}
