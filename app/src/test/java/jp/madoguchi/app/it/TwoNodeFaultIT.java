package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one PostgreSQL database, the portal's submissions spread over both as a load
 * balancer would: every DIRECT_API delivery reaches the core system once, both nodes deliver, and
 * BATCH claims made on both nodes at the same time never share a delivery.
 */
class TwoNodeFaultIT {

  private static final int DELIVERIES = Integer.getInteger("faults.two-node.deliveries", 10_000);
  private static final int BATCH_ROWS = 1_000;
  private static final String API_PROCEDURE = "CC-07";
  private static final String BATCH_PROCEDURE = "CC-08";
  private static final String PATH = "/core/two-nodes";

  @Test
  void twoNodesDeliverEachApplicationOnceAndNeverShareABatch() throws Exception {
    try (TestDatabase database = TestDatabase.ownPostgreSqlDatabase();
        CoreSystemStub core = new CoreSystemStub()) {
      MadoguchiServer first = FaultLab.server(database, "node-1", Map.of());
      MadoguchiServer second = FaultLab.server(database, "node-2", Map.of());
      try {
        first.start();
        second.start();
        FaultLab.configure(first, API_PROCEDURE, FaultLab.apiRouteOnReceipt(core.url(PATH), 10));
        FaultLab.configure(second, BATCH_PROCEDURE, FaultLab.batchRouteOnReceipt());
        List<MadoguchiServer> nodes = List.of(first, second);

        submitThroughBothNodes(nodes, API_PROCEDURE, "TWO", DELIVERIES);
        submitThroughBothNodes(nodes, BATCH_PROCEDURE, "BAT", BATCH_ROWS);
        FaultLab.await(
            () -> delivered(database) == DELIVERIES,
            Duration.ofMinutes(15),
            () -> delivered(database) + " of " + DELIVERIES + " delivered");

        List<String> calls = core.keysSeen(PATH);
        assertThat(calls).as("calls to the core system").hasSize(DELIVERIES);
        assertThat(new HashSet<>(calls)).hasSize(DELIVERIES);
        List<String> nodesThatDelivered =
            FaultLab.column(
                database,
                "SELECT a.node FROM delivery_attempt a JOIN delivery d ON d.id = a.delivery_id"
                    + " WHERE d.procedure_code = ? GROUP BY a.node",
                API_PROCEDURE);
        assertThat(nodesThatDelivered).as("nodes that made attempts").hasSize(2);
        System.out.printf(
            "[fault] two nodes: %s attempts per node%n",
            FaultLab.column(
                database,
                "SELECT a.node || '=' || COUNT(*) FROM delivery_attempt a JOIN delivery d ON"
                    + " d.id = a.delivery_id WHERE d.procedure_code = ? GROUP BY a.node",
                API_PROCEDURE));

        List<List<String>> claimedPerNode = claimBatchesConcurrently(nodes);
        List<String> all = new ArrayList<>();
        claimedPerNode.forEach(all::addAll);
        assertThat(all).as("rows of all batches").hasSize(BATCH_ROWS);
        assertThat(new HashSet<>(all)).as("no delivery in two batches").hasSize(BATCH_ROWS);
        assertThat(claimedPerNode).allSatisfy(rows -> assertThat(rows).isNotEmpty());
      } finally {
        first.close();
        second.close();
      }
    }
  }

  private static void submitThroughBothNodes(
      List<MadoguchiServer> nodes, String procedure, String prefix, int n) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(16);
    List<FaultLab.RetryingPortal> portals =
        nodes.stream().map(node -> new FaultLab.RetryingPortal(() -> node)).toList();
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FaultLab.RetryingPortal portal = portals.get(i % portals.size());
      String receipt = String.format("%s-%06d", prefix, i);
      answers.add(
          clients.submit(
              () -> portal.submit(ApplicationJson.valid(procedure).receiptNumber(receipt).json())));
    }
    for (Future<Integer> answer : answers) {
      assertThat(answer.get()).isEqualTo(201);
    }
    clients.shutdown();
    clients.awaitTermination(1, TimeUnit.MINUTES);
  }

  /** One batch job per node, both claiming at the same time until nothing is left. */
  private static List<List<String>> claimBatchesConcurrently(List<MadoguchiServer> nodes)
      throws Exception {
    ExecutorService jobs = Executors.newFixedThreadPool(nodes.size());
    List<Future<List<String>>> results = new ArrayList<>();
    for (MadoguchiServer node : nodes) {
      results.add(jobs.submit(() -> claimUntilEmpty(Api.as(node, "batch", "batch-demo"))));
    }
    List<List<String>> claimed = new ArrayList<>();
    for (Future<List<String>> result : results) {
      claimed.add(result.get());
    }
    jobs.shutdown();
    return claimed;
  }

  private static List<String> claimUntilEmpty(Api batch) {
    List<String> receipts = new ArrayList<>();
    while (true) {
      Api.Reply claim =
          batch.post(
              "/api/v1/batches?procedure=" + BATCH_PROCEDURE + "&limit=25",
              "application/json",
              new byte[0]);
      if (claim.status() == 204) {
        return receipts;
      }
      assertThat(claim.status()).as(claim.text()).isEqualTo(201);
      String batchId = claim.json().get("batchId").asText();
      Api.Reply file = batch.get("/api/v1/batches/" + batchId + "/file");
      String csv = new String(file.response().body(), Charset.forName("windows-31j"));
      String[] lines = csv.split("\r\n");
      for (int i = 1; i < lines.length; i++) {
        receipts.add(lines[i].split(",", 2)[0].replace("\"", ""));
      }
      assertThat(
              batch
                  .postJson(
                      "/api/v1/batches/" + batchId + "/ack",
                      Api.JSON.createObjectNode().set("rejected", Api.JSON.createArrayNode()))
                  .status())
          .isEqualTo(200);
    }
  }

  private static long delivered(TestDatabase database) {
    return FaultLab.count(
        database,
        "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND status = 'DELIVERED'",
        API_PROCEDURE);
  }
}
