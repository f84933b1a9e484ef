package jp.madoguchi.integration.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import jp.madoguchi.integration.api.CoreSystemStub;
import jp.madoguchi.integration.api.CoreSystemStub.Answer;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.config.RouteConfigs;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Entry;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Status;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.DeliveryRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DirectApiRouteTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final EngineFixture fixture = new EngineFixture();
  private CoreSystemStub stub;
  private LinkageRouteConfig route;

  @BeforeEach
  void startStub() throws Exception {
    stub = new CoreSystemStub();
    route = RouteConfigs.directApi(stub.url()).retry(3, 10, 40).build();
  }

  @AfterEach
  void stop() {
    fixture.close();
    stub.close();
  }

  private DeliveryRecord record(int n) {
    return DeliveryRecords.cc01().deliveryId(new UUID(0, n)).receiptNumber("R-" + n).build();
  }

  private Entry deliverOne() throws Exception {
    DeliveryRecord record = record(1);
    fixture.queue.add(record, route);
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    return fixture.queue.entry(record.deliveryId());
  }

  @Test
  void eachDeliveryReachesTheCoreSystemOnceWithItsIdempotencyKey() throws Exception {
    for (int n = 1; n <= 5; n++) {
      fixture.queue.add(record(n), route);
    }
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(stub.received())
        .extracting(CoreSystemStub.Received::idempotencyKey)
        .containsExactlyInAnyOrder(
            new UUID(0, 1).toString(),
            new UUID(0, 2).toString(),
            new UUID(0, 3).toString(),
            new UUID(0, 4).toString(),
            new UUID(0, 5).toString());
    assertThat(fixture.queue.entry(new UUID(0, 3)).coreReference)
        .isEqualTo("CORE-" + new UUID(0, 3));
  }

  @Test
  void unavailableIsRetriedWithTheSameKeyThenDelivered() throws Exception {
    stub.then(Answer.status(503), Answer.status(503));
    Entry entry = deliverOne();
    assertThat(entry.status).isEqualTo(Status.DELIVERED);
    assertThat(entry.attempts)
        .extracting(Attempt::outcome)
        .containsExactly(
            AttemptOutcome.RETRY_SCHEDULED,
            AttemptOutcome.RETRY_SCHEDULED,
            AttemptOutcome.DELIVERED);
    assertThat(stub.received())
        .extracting(CoreSystemStub.Received::idempotencyKey)
        .containsOnly(new UUID(0, 1).toString())
        .hasSize(3);
  }

  @Test
  void aBadRequestIsParkedAtOnceWithWhatTheCoreSystemSaid() throws Exception {
    stub.then(Answer.status(400, "{\"detail\":\"郵便番号の形式が違います\"}"));
    Entry entry = deliverOne();
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts)
        .extracting(Attempt::errorText)
        .containsExactly("HTTP 400: 郵便番号の形式が違います");
    assertThat(stub.received()).hasSize(1);
  }

  @Test
  void aCoreSystemThatStaysUnavailableParksTheDeliveryAfterMaxAttempts() throws Exception {
    stub.then(Answer.status(503), Answer.status(503), Answer.status(503), Answer.status(503));
    Entry entry = deliverOne();
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts).hasSize(3);
    assertThat(entry.attempts.get(2).errorText()).startsWith("HTTP 503");
    assertThat(stub.received()).hasSize(3);
  }

  @Test
  void stoppingTheEngineStopsPolling() throws Exception {
    fixture.start();
    assertThat(fixture.engine.isRunning()).isTrue();
    fixture.camel.stop();
    assertThat(fixture.engine.isRunning()).isFalse();
    assertThat(fixture.camel.context()).isNull();
  }
}
