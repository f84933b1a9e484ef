package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * kill -9 of a node between its commits and their sequencing: the node runs with the sequencer
 * switched off (no wait after a request, no sweep), takes N submissions, and dies with all their
 * status changes unnumbered and all their access-log entries unchained. Started again normally, it
 * numbers and chains everything within the bound; the feed returns every change exactly once and
 * the chain verifies.
 */
class SequencingKillFaultIT {

  private static final int SUBMISSIONS = 120;
  private static final Duration BOUND = Duration.ofSeconds(10);

  @Test
  void everyEntryLeftByAKilledNodeIsChainedAndEveryChangeNumberedAfterTheRestart()
      throws Exception {
    try (TestDatabase database = TestDatabase.ownPostgreSqlDatabase()) {
      MadoguchiServer server =
          FaultLab.server(
              database, "sequencing-kill", Map.of("MADOGUCHI_SEQUENCER_ENABLED", "false"));
      try {
        server.start();
        FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
        for (int i = 0; i < SUBMISSIONS; i++) {
          portal.submit(ApplicationJson.valid("CC-02").receiptNumber(receipt(i)).json());
        }
        long unnumbered = unnumberedChanges(database);
        long unchained = FaultLab.count(database, "SELECT COUNT(*) FROM audit_pending");
        assertThat(unnumbered)
            .as("changes committed, not numbered")
            .isGreaterThanOrEqualTo(SUBMISSIONS);
        assertThat(unchained)
            .as("entries committed, not chained")
            .isGreaterThanOrEqualTo(SUBMISSIONS);

        server.kill();
        long killedAt = System.nanoTime();
        server.withEnvironment(Map.of("MADOGUCHI_SEQUENCER_ENABLED", "true")).start();
        long readyAt = System.nanoTime();
        FaultLab.await(
            () ->
                unnumberedChanges(database) == 0
                    && FaultLab.count(database, "SELECT COUNT(*) FROM audit_pending") == 0,
            BOUND,
            () -> "everything sequenced after the restart");
        long doneAt = System.nanoTime();

        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(*) - COALESCE(MAX(feed_position), 0) FROM status_change"))
            .as("feed positions without gaps")
            .isZero();
        assertThat(
                FaultLab.count(database, "SELECT COALESCE(SUM(applications), 0) FROM queue_count"))
            .as("dashboard counts moved by the sequencer")
            .isEqualTo(FaultLab.count(database, "SELECT COUNT(*) FROM application"));
        JsonNode verification =
            Api.as(server, "auditor", "auditor-demo").get("/api/v1/audit/verify").json();
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("pending").asLong()).isZero();
        assertThat(verification.get("entries").asLong()).isGreaterThanOrEqualTo(unchained);
        assertThat(receivedFromTheFeed(server)).containsExactlyInAnyOrderElementsOf(receipts());

        System.out.printf(
            "[fault] sequencing kill: %d changes and %d entries left unsequenced by the kill;"
                + " all sequenced %d ms after the node was ready again (%d ms after the kill,"
                + " boot included)%n",
            unnumbered,
            unchained,
            Duration.ofNanos(doneAt - readyAt).toMillis(),
            Duration.ofNanos(doneAt - killedAt).toMillis());
      } finally {
        server.close();
      }
    }
  }

  private static long unnumberedChanges(TestDatabase database) {
    return FaultLab.count(
        database, "SELECT COUNT(*) FROM status_change WHERE feed_position IS NULL");
  }

  /** The receipt numbers of RECEIVED changes in the portal's feed, each seen exactly once. */
  private static List<String> receivedFromTheFeed(MadoguchiServer server) {
    Api portal = Api.as(server, "portal", "portal-demo");
    List<String> received = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String cursor = "0";
    while (true) {
      JsonNode page = portal.get("/api/v1/status-changes?limit=100&after=" + cursor).json();
      for (JsonNode item : page.get("items")) {
        assertThat(seen.add(item.toString())).as("repeated: " + item).isTrue();
        if (item.get("receiptNumber").asText().startsWith("SEQ-")
            && item.get("status").asText().equals("RECEIVED")) {
          received.add(item.get("receiptNumber").asText());
        }
      }
      cursor = page.get("nextCursor").asText();
      if (page.get("items").isEmpty()) {
        return received;
      }
    }
  }

  private static List<String> receipts() {
    List<String> receipts = new ArrayList<>();
    for (int i = 0; i < SUBMISSIONS; i++) {
      receipts.add(receipt(i));
    }
    return receipts;
  }

  private static String receipt(int i) {
    return String.format("SEQ-%05d", i);
  }
}
