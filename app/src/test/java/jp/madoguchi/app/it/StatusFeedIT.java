package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.app.it.WorkflowIT.Submitted;
import org.junit.jupiter.api.Test;

class StatusFeedIT {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");

  @Test
  void followingTheFeedFromTheStartReturnsEveryChangeExactlyOnceWhileTransitionsRun()
      throws Exception {
    List<JsonNode> seen = new ArrayList<>();
    String cursor = follow(null, seen);
    ExecutorService writers = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        work.add(
            writers.submit(
                () -> {
                  Submitted s = WorkflowIT.submit("CC-01");
                  s.step(CLERK, "START_REVIEW", null);
                  s.step(CLERK, "REQUEST_CORRECTION", "添付を確認してください");
                }));
      }
      while (work.stream().anyMatch(f -> !f.isDone())) {
        cursor = follow(cursor, seen);
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      writers.shutdownNow();
    }
    follow(cursor, seen);

    assertThat(seen).hasSize((int) statusChangeRowsOfThePortalAccount());
    List<String> keys = seen.stream().map(JsonNode::toString).toList();
    assertThat(keys).doesNotHaveDuplicates();
  }

  @Test
  void feedItemsCarryThePortalStatusAndTheCorrectionMessage() {
    Submitted s = WorkflowIT.submit("CC-01");
    s.step(CLERK, "START_REVIEW", null);
    s.step(CLERK, "REQUEST_CORRECTION", "電話番号を確認してください");
    List<JsonNode> seen = new ArrayList<>();

    follow(null, seen);

    JsonNode correction =
        seen.stream()
            .filter(i -> i.get("receiptNumber").asText().equals(s.receipt()))
            .filter(i -> i.get("status").asText().equals("RETURNED_FOR_CORRECTION"))
            .findFirst()
            .orElseThrow();
    assertThat(correction.get("portalStatus").asText()).isEqualTo("要訂正");
    assertThat(correction.get("message").asText()).isEqualTo("補正依頼: 電話番号を確認してください");
  }

  @Test
  void aBadCursorIsRefusedClearly() {
    Reply reply = Api.portal().get("/api/v1/status-changes?after=abc");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  /** Reads the feed from {@code cursor} to its current end, adding what it sees. */
  private static String follow(String cursor, List<JsonNode> seen) {
    while (true) {
      Reply page =
          Api.portal()
              .get("/api/v1/status-changes?limit=50" + (cursor == null ? "" : "&after=" + cursor));
      assertThat(page.status()).isEqualTo(200);
      JsonNode items = page.json().get("items");
      items.forEach(seen::add);
      cursor = page.json().get("nextCursor").asText();
      if (items.isEmpty()) {
        return cursor;
      }
    }
  }

  /**
   * The changes the demo portal account follows: of the applications it submitted, and of those the
   * portal pull fetched (it is the pull's reader by default). Other clients' are not in its feed.
   */
  private static long statusChangeRowsOfThePortalAccount() throws Exception {
    try (var connection = MadoguchiServer.get().database().connect();
        var statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT COUNT(*) FROM status_change c JOIN application a"
                    + " ON a.id = c.application_id"
                    + " WHERE a.submitted_by IN ('portal', 'portal-pull')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
