package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outages of what the server depends on, the server itself staying up: the core system (backlog
 * drains, PARKED only after maxAttempts) and PostgreSQL (health DOWN then UP, nothing lost).
 */
class OutageFaultIT {

  private static TestDatabase database;
  private static MadoguchiServer server;
  private static CoreSystemStub core;

  @BeforeAll
  static void start() throws Exception {
    database = TestDatabase.ownPostgreSqlDatabase();
    core = new CoreSystemStub();
    server = FaultLab.server(database, "outage", Map.of());
    server.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    core.close();
    database.close();
  }

  @Test
  void backlogDrainsOnceTheCoreSystemIsBackAndNothingParksBeforeMaxAttempts() {
    String path = "/core/down-a-while";
    core.script(path, 503);
    FaultLab.configure(server, "CC-04", FaultLab.apiRouteOnReceipt(core.url(path), 30));
    submit("CC-04", "DOWN", 100);
    FaultLab.await(
        () ->
            count("SELECT COUNT(*) FROM delivery WHERE procedure_code = 'CC-04' AND attempts >= 2")
                == 100,
        Duration.ofMinutes(2),
        () -> "every delivery to fail twice");

    core.script(path, 200);
    FaultLab.await(
        () -> count(status("CC-04", "DELIVERED")) == 100,
        Duration.ofMinutes(3),
        () -> count(status("CC-04", "DELIVERED")) + " of 100 delivered");

    assertThat(count(status("CC-04", "PARKED"))).isZero();
    assertThat(count("SELECT MAX(attempts) FROM delivery WHERE procedure_code = 'CC-04'"))
        .isLessThanOrEqualTo(30);
    assertThat(Set.copyOf(core.keysSeen(path))).hasSize(100);
  }

  @Test
  void deliveriesParkAfterExactlyMaxAttemptsAndAReplayDeliversThem() {
    String path = "/core/down-for-good";
    core.script(path, 503);
    FaultLab.configure(server, "CC-05", FaultLab.apiRouteOnReceipt(core.url(path), 3));
    submit("CC-05", "PARK", 20);
    FaultLab.await(
        () -> count(status("CC-05", "PARKED")) == 20,
        Duration.ofMinutes(2),
        () -> count(status("CC-05", "PARKED")) + " of 20 parked");

    assertThat(
            FaultLab.column(
                database,
                "SELECT DISTINCT CAST(attempts AS VARCHAR) FROM delivery"
                    + " WHERE procedure_code = 'CC-05'"))
        .containsExactly("3");
    assertThat(
            count(
                "SELECT COUNT(*) FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id"
                    + " WHERE d.procedure_code = 'CC-05'"))
        .isEqualTo(60);
    assertThat(core.keysSeen(path)).hasSize(60);

    core.script(path, 200);
    Api admin = Api.as(server, "itadmin", "itadmin-demo");
    assertThat(
            admin
                .postJson(
                    "/api/v1/admin/deliveries/retry",
                    Api.JSON.createObjectNode().put("status", "PARKED").put("procedure", "CC-05"))
                .json()
                .get("replayed")
                .asInt())
        .isEqualTo(20);
    FaultLab.await(
        () -> count(status("CC-05", "DELIVERED")) == 20,
        Duration.ofMinutes(2),
        () -> "the replayed deliveries");
  }

  /**
   * PostgreSQL made to refuse connections and every session of the database ended (the effect of a
   * PostgreSQL restart on the application) while eight portal clients keep submitting.
   */
  @Test
  void databaseOutageUnderLoadTurnsHealthDownThenUpAndLosesNoSubmission() throws Exception {
    long pid = server.pid();
    FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean keepGoing = new AtomicBoolean(true);
    AtomicInteger sequence = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    List<Future<?>> streams =
        java.util.stream.IntStream.range(0, 8)
            .<Future<?>>mapToObj(
                c ->
                    clients.submit(
                        () -> {
                          while (keepGoing.get()) {
                            String receipt = String.format("PG-%06d", sequence.getAndIncrement());
                            portal.submit(
                                ApplicationJson.valid("CC-06").receiptNumber(receipt).json());
                            acknowledged.add(receipt);
                          }
                          return null;
                        }))
            .toList();
    FaultLab.await(() -> acknowledged.size() >= 100, Duration.ofMinutes(2), () -> "load");

    String name = database.databaseName();
    int failuresBefore = portal.failedAttempts.get();
    try (Connection admin = DriverManager.getConnection(database.maintenanceUrl());
        Statement statement = admin.createStatement()) {
      try {
        statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + name
                + "' AND pid <> pg_backend_pid()");
        FaultLab.await(
            () -> health() == 503, Duration.ofMinutes(1), () -> "/health to answer 503 DOWN");
        FaultLab.await(
            () -> portal.failedAttempts.get() > failuresBefore,
            Duration.ofMinutes(1),
            () -> "submissions to fail during the outage");
      } finally {
        statement.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
      }
    }
    FaultLab.await(() -> health() == 200, Duration.ofMinutes(2), () -> "/health UP again");
    int afterRecovery = acknowledged.size();
    FaultLab.await(
        () -> acknowledged.size() >= afterRecovery + 100,
        Duration.ofMinutes(2),
        () -> "submissions after recovery");
    keepGoing.set(false);
    for (Future<?> stream : streams) {
      stream.get();
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);

    assertThat(server.pid()).as("no restart").isEqualTo(pid);
    assertThat(server.isAlive()).isTrue();
    assertThat(
            count(
                "SELECT COUNT(*) FROM (SELECT receipt_number FROM application WHERE receipt_number"
                    + " LIKE 'PG-%' GROUP BY receipt_number HAVING COUNT(*) > 1) twice"))
        .isZero();
    assertThat(
            Set.copyOf(
                FaultLab.column(
                    database,
                    "SELECT receipt_number FROM application WHERE receipt_number LIKE 'PG-%'")))
        .isEqualTo(acknowledged);
    System.out.printf(
        "[fault] database outage: %d acknowledged and stored, %d failed attempts retried%n",
        acknowledged.size(), portal.failedAttempts.get());
  }

  private static int health() {
    try {
      return Api.anonymous(server).get("/health").status();
    } catch (IllegalStateException unreachable) {
      return -1;
    }
  }

  private static void submit(String procedure, String prefix, int n) {
    FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
    for (int i = 0; i < n; i++) {
      portal.submit(
          ApplicationJson.valid(procedure)
              .receiptNumber(String.format("%s-%05d", prefix, i))
              .json());
    }
  }

  private static String status(String procedure, String status) {
    return "SELECT COUNT(*) FROM delivery WHERE procedure_code = '"
        + procedure
        + "' AND status = '"
        + status
        + "'";
  }

  private static long count(String sql) {
    return FaultLab.count(database, sql);
  }
}
