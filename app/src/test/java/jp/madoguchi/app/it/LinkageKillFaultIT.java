package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * kill -9 while DIRECT_API deliveries are being pushed: after the restart every delivery reaches
 * the core system, each under its one Idempotency-Key (the delivery id). A call in flight at the
 * kill may be repeated with the same key (at-least-once); the core system answers a repeat with the
 * reference it gave the first time, so it takes each delivery in once.
 */
class LinkageKillFaultIT {

  private static final int APPLICATIONS = 400;
  private static final String PROCEDURE = "CC-03";
  private static final String PATH = "/core/kill";

  @Test
  void everyDeliveryReachesTheCoreSystemOnceByKeyAfterAKill() throws Exception {
    try (TestDatabase database = TestDatabase.ownPostgreSqlDatabase();
        CoreSystemStub core = new CoreSystemStub()) {
      core.latency(Duration.ofMillis(50));
      MadoguchiServer server = FaultLab.server(database, "linkage-kill", Map.of());
      try {
        server.start();
        FaultLab.configure(server, PROCEDURE, FaultLab.apiRouteOnReceipt(core.url(PATH), 10));
        FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < APPLICATIONS; i++) {
          String receipt = String.format("LINK-%05d", i);
          clients.submit(
              () -> portal.submit(ApplicationJson.valid(PROCEDURE).receiptNumber(receipt).json()));
        }
        clients.shutdown();

        FaultLab.await(
            () -> new HashSet<>(core.keysSeen(PATH)).size() >= APPLICATIONS / 4,
            Duration.ofMinutes(3),
            () -> "the core system to receive deliveries");
        server.kill();
        int keysAtKill = new HashSet<>(core.keysSeen(PATH)).size();
        assertThat(keysAtKill).as("killed during linkage").isLessThan(APPLICATIONS);
        server.start();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        FaultLab.await(
            () -> delivered(database) == APPLICATIONS,
            Duration.ofMinutes(4),
            () -> delivered(database) + " of " + APPLICATIONS + " delivered");

        List<String> deliveryIds =
            FaultLab.column(
                database,
                "SELECT CAST(id AS VARCHAR) FROM delivery WHERE procedure_code = ? AND pattern ="
                    + " 'DIRECT_API'",
                PROCEDURE);
        List<String> calls = core.keysSeen(PATH);
        Set<String> keys = new HashSet<>(calls);
        assertThat(deliveryIds).hasSize(APPLICATIONS);
        assertThat(keys).as("one key per delivery").isEqualTo(new HashSet<>(deliveryIds));
        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND pattern ="
                        + " 'DIRECT_API' AND core_reference <> 'CORE-' || CAST(id AS VARCHAR)",
                    PROCEDURE))
            .as("deliveries confirmed with another delivery's reference")
            .isZero();
        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND status = 'PARKED'",
                    PROCEDURE))
            .isZero();
        System.out.printf(
            "[fault] linkage kill: %d deliveries, %d distinct keys, %d calls (%d repeated with the"
                + " same key), %d keys seen before the kill%n",
            deliveryIds.size(), keys.size(), calls.size(), calls.size() - keys.size(), keysAtKill);
      } finally {
        server.close();
      }
    }
  }

  private static long delivered(TestDatabase database) {
    return FaultLab.count(
        database,
        "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND pattern = 'DIRECT_API' AND"
            + " status = 'DELIVERED'",
        PROCEDURE);
  }
}
