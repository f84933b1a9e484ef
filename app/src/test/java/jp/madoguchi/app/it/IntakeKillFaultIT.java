package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of the server in the middle of 1,000 portal submissions whose client retries (same 受付番号)
 * until it gets a 2xx: afterwards every submission is stored, and exactly once.
 */
class IntakeKillFaultIT {

  private static final int SUBMISSIONS = 1_000;
  private static final int KILL_AFTER = 300;
  private static final int CLIENTS = 8;

  @Test
  void everySubmissionIsStoredExactlyOnceAcrossAKill() throws Exception {
    try (TestDatabase database = TestDatabase.ownPostgreSqlDatabase()) {
      MadoguchiServer server = FaultLab.server(database, "intake-kill", Map.of());
      try {
        server.start();
        FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger failedBeforeRestart = new AtomicInteger(-1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS + 1);
        Future<?> killer =
            clients.submit(
                () -> {
                  FaultLab.await(
                      () -> stored.get() >= KILL_AFTER,
                      Duration.ofMinutes(5),
                      () -> KILL_AFTER + " submissions");
                  server.kill();
                  try {
                    server.start();
                  } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                  }
                  failedBeforeRestart.set(portal.failedAttempts.get());
                  return null;
                });
        List<Future<?>> streams = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int c = 0; c < CLIENTS; c++) {
          streams.add(
              clients.submit(
                  () -> {
                    for (int i = next.getAndIncrement();
                        i < SUBMISSIONS;
                        i = next.getAndIncrement()) {
                      var body = ApplicationJson.valid("CC-02").receiptNumber(receipt(i)).json();
                      portal.submit(body);
                      stored.incrementAndGet();
                    }
                    return null;
                  }));
        }
        for (Future<?> stream : streams) {
          stream.get();
        }
        killer.get();
        clients.shutdown();

        assertThat(failedBeforeRestart.get())
            .as("requests cut off by the kill (the kill hit the stream)")
            .isPositive();
        assertThat(stored.get()).isEqualTo(SUBMISSIONS);
        assertThat(
                FaultLab.column(
                    database,
                    "SELECT receipt_number FROM application WHERE receipt_number LIKE 'KILL-%'"
                        + " GROUP BY receipt_number HAVING COUNT(*) > 1"))
            .as("receipts stored twice")
            .isEmpty();
        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(DISTINCT receipt_number) FROM application"
                        + " WHERE receipt_number LIKE 'KILL-%'"))
            .isEqualTo(SUBMISSIONS);
        Api portalApi = Api.as(server, "portal", "portal-demo");
        for (int i = 0; i < SUBMISSIONS; i += 37) {
          assertThat(portalApi.get("/api/v1/applications/" + receipt(i) + "/status").status())
              .isEqualTo(200);
        }
        System.out.printf(
            "[fault] intake kill: %d stored, %d failed attempts retried, %d answered 200 (stored"
                + " before the kill, answer lost)%n",
            stored.get(), portal.failedAttempts.get(), portal.replays.get());
      } finally {
        server.close();
      }
    }
  }

  private static String receipt(int i) {
    return String.format("KILL-%05d", i);
  }
}
