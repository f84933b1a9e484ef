package jp.madoguchi.integration.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.integration.config.RouteConfigs;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Entry;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Status;
import jp.madoguchi.integration.file.ExportWriteException;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.DeliveryRecords;
import org.apache.camel.ServiceStatus;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures injected into the linkage routes of the one CamelContext with AdviceWith: whatever step
 * fails, the one error policy turns it into a retry or a park of that delivery, and polling goes
 * on.
 */
class LinkageRoutesAdviceTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final EngineFixture fixture = new EngineFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private static DeliveryRecord record() {
    return DeliveryRecords.cc01().deliveryId(new UUID(0, 1)).receiptNumber("R-1").build();
  }

  @Test
  void aDiskThatFailsTheWriteIsRetriedThenParkedWithThePathAndReason() throws Exception {
    fixture.start();
    AdviceWith.adviceWith(
        fixture.camel.context(),
        "file-export-attempt",
        route ->
            route
                .weaveById("write-file")
                .replace()
                .throwException(
                    new ExportWriteException(dir, new IOException("No space left on device"))));
    fixture.queue.add(record(), RouteConfigs.fileExport(dir).build());
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts)
        .extracting(a -> a.outcome())
        .containsExactly(
            AttemptOutcome.RETRY_SCHEDULED, AttemptOutcome.RETRY_SCHEDULED, AttemptOutcome.PARKED);
    assertThat(entry.attempts.get(0).errorText()).contains(dir.toString());
    assertThat(entry.coreReference).isNull();
  }

  @Test
  void aRenderingStepThatThrowsSomethingUnexpectedRetriesNamingOnlyTheType() throws Exception {
    fixture.start();
    AdviceWith.adviceWith(
        fixture.camel.context(),
        "file-export-attempt",
        route ->
            route
                .weaveById("render-file")
                .replace()
                .throwException(new IllegalStateException("山田 太郎 must never be logged")));
    fixture.queue.add(record(), RouteConfigs.fileExport(dir).build());
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts).allSatisfy(a -> assertThat(a.errorText()).doesNotContain("山田"));
    assertThat(entry.attempts.get(0).errorText()).isEqualTo("failed: IllegalStateException");
  }

  @Test
  void aTimeoutOfTheCoreSystemIsRetriedAndTheDeliveryParkedAfterMaxAttempts() throws Exception {
    fixture.start();
    AdviceWith.adviceWith(
        fixture.camel.context(),
        "direct-api-attempt",
        route ->
            route
                .weaveById("push-to-core-system")
                .replace()
                .throwException(new HttpTimeoutException("request timed out")));
    fixture.queue.add(
        record(), RouteConfigs.directApi(URI.create("http://127.0.0.1:1/core")).build());
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts).hasSize(3);
    assertThat(entry.attempts.get(2).errorText()).startsWith("failed: HttpTimeoutException");
  }

  @Test
  void aQueueThatCannotBeReachedDoesNotStopPolling() throws Exception {
    fixture.start();
    AdviceWith.adviceWith(
        fixture.camel.context(),
        FileExportRoute.ROUTE_ID,
        route ->
            route
                .weaveById("file-claim")
                .replace()
                .throwException(new IllegalStateException("database unavailable")));
    NotifyBuilder polls =
        new NotifyBuilder(fixture.camel.context())
            .fromRoute(FileExportRoute.ROUTE_ID)
            .whenDone(3)
            .create();
    assertThat(polls.matches(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
    assertThat(
            fixture.camel.context().getRouteController().getRouteStatus(FileExportRoute.ROUTE_ID))
        .isEqualTo(ServiceStatus.Started);
    assertThat(fixture.engine.isRunning()).isTrue();
  }
}
