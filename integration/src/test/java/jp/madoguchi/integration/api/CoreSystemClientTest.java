package jp.madoguchi.integration.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.madoguchi.integration.api.CoreSystemStub.Answer;
import jp.madoguchi.integration.config.ApiSettings;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.delivery.DeliveryOutcome.Delivered;
import jp.madoguchi.integration.delivery.DeliveryOutcome.Park;
import jp.madoguchi.integration.delivery.DeliveryOutcome.Retry;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.DeliveryRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoreSystemClientTest {

  private static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
  private final ObjectMapper mapper = new ObjectMapper();
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private CoreSystemStub stub;
  private CoreSystemClient client;
  private final DeliveryRecord record = DeliveryRecords.cc01().build();

  @BeforeEach
  void start() throws Exception {
    stub = new CoreSystemStub();
    client =
        new CoreSystemClient(
            CoreSystemClient.newHttpClient(executor, Duration.ofSeconds(2)),
            mapper,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void stop() {
    stub.close();
    executor.shutdownNow();
  }

  private ApiSettings api(URI url, int timeoutMs) {
    return new ApiSettings(url, timeoutMs, 0, Map.of("X-Api-Key", "k-123"));
  }

  private DeliveryOutcome post() {
    return client.post(record, api(stub.url(), 2_000));
  }

  @Test
  void a2xxWithCoreReferenceIsDelivered() {
    stub.then(Answer.status(201, "{\"coreReference\":\"JT-0001\"}"));
    assertThat(post()).isEqualTo(new Delivered("JT-0001"));
  }

  @Test
  void sendsTheDesignedJsonWithIdempotencyKeyAndRouteHeaders() throws Exception {
    post();
    CoreSystemStub.Received seen = stub.received().get(0);
    assertThat(seen.idempotencyKey()).isEqualTo(record.deliveryId().toString());
    assertThat(seen.headers().get("X-api-key")).containsExactly("k-123");
    JsonNode body = mapper.readTree(seen.body());
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactly(
            "receiptNumber",
            "procedureCode",
            "definitionVersion",
            "applicant",
            "form",
            "attachments");
    assertThat(body.at("/applicant/name").asText()).isEqualTo("山田　太郎");
    assertThat(body.at("/attachments/0/sha256").asText()).hasSize(64);
  }

  @Test
  void serverErrorsAreRetriedWithWhatTheCoreSystemAnswered() {
    stub.then(Answer.status(503, "maintenance until 06:00"));
    DeliveryOutcome outcome = post();
    assertThat(outcome).isEqualTo(new Retry("HTTP 503: maintenance until 06:00", Optional.empty()));
  }

  @Test
  void tooManyRequestsHonoursRetryAfterSeconds() {
    stub.then(Answer.retryAfter(429, "7"));
    assertThat(post()).isEqualTo(new Retry("HTTP 429", Optional.of(Duration.ofSeconds(7))));
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    stub.then(Answer.retryAfter(503, "Tue, 01 Apr 2025 00:01:00 GMT"));
    assertThat(post()).isEqualTo(new Retry("HTTP 503", Optional.of(Duration.ofMinutes(1))));
  }

  @Test
  void requestTimeoutStatusIsRetried() {
    stub.then(Answer.status(408, ""));
    assertThat(post()).isInstanceOf(Retry.class);
  }

  @Test
  void otherClientErrorsAreParkedWithTheStatusOnlyWhenTheAnswerIsEmpty() {
    stub.then(Answer.status(400, ""));
    DeliveryOutcome outcome = post();
    assertThat(outcome).isEqualTo(new Park("HTTP 400"));
    assertThat(((Park) outcome).reason()).doesNotContain("山田");
  }

  @Test
  void aProblemJsonAnswerIsRecordedByItsDetail() {
    stub.then(
        Answer.status(422, "{\"type\":\"about:blank\",\"title\":\"x\",\"detail\":\"世帯番号が未登録です\"}"));
    assertThat(post()).isEqualTo(new Park("HTTP 422: 世帯番号が未登録です"));
  }

  @Test
  void anyOtherAnswerIsRecordedByItsFirst500Characters() {
    stub.then(Answer.status(500, "E".repeat(600)));
    Retry retry = (Retry) post();
    assertThat(retry.reason()).isEqualTo("HTTP 500: " + "E".repeat(500));
  }

  @Test
  void a2xxWithoutCoreReferenceIsParked() {
    stub.then(Answer.status(200, "{\"ok\":true}"));
    assertThat(post()).isEqualTo(new Park("HTTP 200 without coreReference: {\"ok\":true}"));
  }

  @Test
  void aCoreSystemThatDoesNotAnswerInTimeIsRetried() {
    stub.then(Answer.noAnswer());
    assertThat(client.post(record, api(stub.url(), 300)))
        .isEqualTo(new Retry("timeout after 300 ms"));
  }

  @Test
  void aRefusedConnectionIsRetried() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    DeliveryOutcome outcome =
        client.post(record, api(URI.create("http://127.0.0.1:" + port + "/x"), 2_000));
    assertThat(outcome).isEqualTo(new Retry("connection failed: http://127.0.0.1:" + port + "/x"));
  }
}
