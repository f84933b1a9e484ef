package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    assertMatchTheListing(CLERK, "%");
  }

  /**
   * As {@link #assertMatchTheListing()}, for a staff member whose procedure scope covers exactly
   * the procedures whose code is LIKE {@code procedureCodeLike}.
   */
  static void assertMatchTheListing(Api staff, String procedureCodeLike) throws Exception {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      JsonNode before = counts(staff);
      Map<String, Long> byStatus = new TreeMap<>();
      Map<String, Long> openByProcedure = new TreeMap<>();
      page(
          staff,
          "/api/v1/intake?limit=200",
          item -> {
            String status = item.get("status").asText();
            byStatus.merge(status, 1L, Long::sum);
            if (OPEN.contains(status)) {
              openByProcedure.merge(item.get("procedureCode").asText(), 1L, Long::sum);
            }
          });
      long[] overdue = {0};
      page(staff, "/api/v1/intake?limit=200&overdue=true", item -> overdue[0]++);
      Map<String, Long> inTable = statusesInTable(procedureCodeLike);
      JsonNode after = counts(staff);
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

  private static JsonNode counts(Api staff) {
    Reply reply = staff.get("/api/v1/intake/counts");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  private static void page(Api staff, String path, java.util.function.Consumer<JsonNode> each) {
    String cursor = null;
    do {
      Reply page = staff.get(path + (cursor == null ? "" : "&cursor=" + cursor));
      assertThat(page.status()).as(page.text()).isEqualTo(200);
      page.json().get("items").forEach(each);
      cursor =
          page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asText();
    } while (cursor != null);
  }

  private static Map<String, Long> statusesInTable(String procedureCodeLike) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection connection = MadoguchiServer.get().database().connect();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT status, COUNT(*) FROM application WHERE procedure_code LIKE ?"
                    + " GROUP BY status")) {
      statement.setString(1, procedureCodeLike);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
        }
      }
    }
    return counts;
  }
}
