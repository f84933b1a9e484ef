package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.madoguchi.app.it.Api.Reply;

/**
 * Checks {@code GET /api/v1/intake/counts} (kept in a summary table) against the real thing: the
 * whole queue listing paged through, the {@code overdue=true} listing, and a GROUP BY of the
 * application table.
 */
final class DashboardCounts {

  private static final Api CLERK = Api.as("clerk", "clerk-demo");
  private static final Set<String> OPEN =
      Set.of("RECEIVED", "UNDER_REVIEW", "RETURNED_FOR_CORRECTION", "ACCEPTED", "LINKED");

  private DashboardCounts() {}

  /**
   * The linkage engine moves applications to LINKED in the background, so the comparison is made on
   * a snapshot the counts did not change across, polled for up to 30 seconds.
   */
  static void assertMatchTheListing() throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      JsonNode before = counts();
      Map<String, Long> byStatus = new TreeMap<>();
      Map<String, Long> openByProcedure = new TreeMap<>();
      page(
          "/api/v1/intake?limit=200",
          item -> {
            String status = item.get("status").asText();
            byStatus.merge(status, 1L, Long::sum);
            if (OPEN.contains(status)) {
              openByProcedure.merge(item.get("procedureCode").asText(), 1L, Long::sum);
            }
          });
      long[] overdue = {0};
      page("/api/v1/intake?limit=200&overdue=true", item -> overdue[0]++);
      Map<String, Long> inTable = statusesInTable();
      JsonNode after = counts();
      if (!before.equals(after)) {
        Thread.sleep(300);
        continue;
      }
      Map<String, Long> served = new TreeMap<>();
      after
          .get("byStatus")
          .fields()
          .forEachRemaining(e -> served.put(e.getKey(), e.getValue().asLong()));
      served.values().removeIf(n -> n == 0);
      assertThat(served).as("counts by status vs the listing").isEqualTo(byStatus);
      assertThat(served).as("counts by status vs the application table").isEqualTo(inTable);
      Map<String, Long> servedOpen = new TreeMap<>();
      after
          .get("openByProcedure")
          .fields()
          .forEachRemaining(e -> servedOpen.put(e.getKey(), e.getValue().asLong()));
      assertThat(servedOpen).as("open per procedure vs the listing").isEqualTo(openByProcedure);
      assertThat(after.get("overdue").asLong()).as("overdue vs the listing").isEqualTo(overdue[0]);
      return;
    }
    fail("the counts kept changing while the queue was listed");
  }

  private static JsonNode counts() {
    Reply reply = CLERK.get("/api/v1/intake/counts");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static void page(String path, java.util.function.Consumer<JsonNode> each) {
    String cursor = null;
    do {
      Reply page = CLERK.get(path + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.text()).isEqualTo(200);
      page.json().get("items").forEach(each);
      cursor =
          page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
    } while (cursor != null);
  }

  private static Map<String, Long> statusesInTable() throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = MadoguchiServer.get().database().connect();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT status, COUNT(*) FROM application GROUP BY status")) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }
}
