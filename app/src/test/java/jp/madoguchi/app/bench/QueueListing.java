package jp.madoguchi.app.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.domain.application.QueuePosition;
import jp.madoguchi.app.it.Api;
import jp.madoguchi.app.it.MadoguchiServer;
import jp.madoguchi.app.it.TestDatabase;

/**
 * Queue listing at scale (issues 8 and 9): adds {@code rows} applications to a PostgreSQL database
 * in SQL, then times clerk queue requests over HTTP against the real server, one client, and gives
 * p50 / p95 / p99 per query with p95 against the 100 ms target. Figures only: nothing is asserted.
 */
final class QueueListing {

  static final double TARGET_P95_MS = 100;
  private static final Duration SEQUENCED_WITHIN = Duration.ofSeconds(60);
  private static final int WARM_UP = 50;
  private static final int SAMPLES = 200;

  /** The measured table (Markdown rows after a header) and how long seeding took. */
  record Result(int rows, String table, double seedSeconds) {

    String section() {
      return "### Queue listing with "
          + String.format("%,d", rows)
          + " more applications (PostgreSQL, one client, "
          + SAMPLES
          + " requests per query after "
          + WARM_UP
          + " warm-up) vs the p95 target of "
          + (int) TARGET_P95_MS
          + " ms\n\n"
          + table
          + String.format("%nSeeding took %.0f s.%n%n", seedSeconds);
    }
  }

  static Result measure(MadoguchiServer server, TestDatabase database, int rows) throws Exception {
    if (!database.isPostgreSql()) {
      throw new IllegalStateException("the queue listing is measured on PostgreSQL");
    }
    long seedStart = System.nanoTime();
    seed(server, database, rows);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
    String deepCursor = cursorAfter(database, 24_999);
    Api clerk = Api.as(server, "clerk", "clerk-demo");

    Map<String, String> queries = new LinkedHashMap<>();
    queries.put("first page (50, oldest first)", "/api/v1/intake?limit=50");
    queries.put("page 500 (keyset cursor)", "/api/v1/intake?limit=50&cursor=" + deepCursor);
    queries.put(
        "filter: status + procedure, first page",
        "/api/v1/intake?limit=50&status=UNDER_REVIEW&procedure=LTC-01");
    queries.put("search: receipt number", "/api/v1/intake?limit=50&q=BENCH-777777");
    queries.put(
        "search: part of a name",
        "/api/v1/intake?limit=50&q=" + URLEncoder.encode("太郎12345", StandardCharsets.UTF_8));
    queries.put(
        "open work by due date, first page (the screen's default)",
        "/api/v1/intake?limit=50&view=open&sort=due");
    queries.put(
        "search: name typed without space, by due date",
        "/api/v1/intake?limit=50&view=open&sort=due&q="
            + URLEncoder.encode("山田太郎12345", StandardCharsets.UTF_8));
    queries.put("counts (dashboard)", "/api/v1/intake/counts");

    StringBuilder table = new StringBuilder();
    table.append(
        "| query | p50 ms | p95 ms | p99 ms | p95 / target |\n|---|---:|---:|---:|---:|\n");
    for (var query : queries.entrySet()) {
      double[] millis = time(clerk, query.getValue());
      double p95 = Percentiles.at(millis, 95);
      table.append(
          String.format(
              "| %s | %.1f | %.1f | %.1f | %.0f%% |%n",
              query.getKey(),
              Percentiles.at(millis, 50),
              p95,
              Percentiles.at(millis, 99),
              100 * p95 / TARGET_P95_MS));
    }
    return new Result(rows, table.toString(), seedSeconds);
  }

  private static void seed(MadoguchiServer server, TestDatabase database, int rows)
      throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO application (id, receipt_number, procedure_code, definition_version,"
              + " municipality_code, status, version, submitted_at, received_at, updated_at,"
              + " request_sha256, applicant_name, applicant_name_kana, applicant_birth_date,"
              + " applicant_postal_code, applicant_address, applicant_phone,"
              + " applicant_relationship, form_json, revision, search_name, search_kana,"
              + " search_keyed)"
              + " SELECT md5('bench' || g)::uuid, 'BENCH-' || g,"
              + " (ARRAY['CC-01','LTC-01','DIS-01','CC-12'])[1 + g % 4], 1, '131016',"
              + " (ARRAY['RECEIVED','UNDER_REVIEW','ACCEPTED','COMPLETED','RETURNED_FOR_CORRECTION'])[1 + g % 5],"
              + " 0, timestamptz '2020-01-01 00:00:00+09' + g * interval '1 minute',"
              + " timestamptz '2020-01-01 00:00:00+09' + g * interval '1 minute',"
              + " timestamptz '2020-01-01 00:00:00+09' + g * interval '1 minute', md5(g::text) || md5(g::text),"
              + " (ARRAY['山田','佐藤','鈴木','高橋','田中'])[1 + g % 5] || '　太郎' || g,"
              + " (ARRAY['ヤマダ','サトウ','スズキ','タカハシ','タナカ'])[1 + g % 5] || '　タロウ',"
              + " date '1980-01-01' + (g % 10000), '1000001', '東京都千代田区千代田1-1',"
              + " '0312345678', '本人', '{}', 1,"
              + " (ARRAY['山田','佐藤','鈴木','高橋','田中'])[1 + g % 5] || '太郎' || g,"
              + " (ARRAY['ヤマダ','サトウ','スズキ','タカハシ','タナカ'])[1 + g % 5] || 'タロウ', TRUE"
              + " FROM generate_series(1, "
              + rows
              + ") AS g");
      // The rows bypassed the application, whose sequencer keeps queue_count with each status
      // change: count them the way the migration V75 does for rows that existed before it, once
      // the earlier sections' changes are all sequenced (one numbered after the recount would be
      // counted twice).
      awaitSequenced(server, connection);
      statement.execute("DELETE FROM queue_count");
      statement.execute(
          "INSERT INTO queue_count (status, procedure_code, received_day, applications)"
              + " SELECT status, procedure_code,"
              + " CAST(FLOOR((EXTRACT(EPOCH FROM received_at) + 32400) / 86400) AS INTEGER),"
              + " COUNT(*) FROM application GROUP BY 1, 2, 3");
      statement.execute("ANALYZE application");
      statement.execute("ANALYZE queue_count");
    }
  }

  /**
   * Polls until no status change waits for its feed position (the server's sweep runs every 250
   * ms); fails after {@link #SEQUENCED_WITHIN}.
   */
  private static void awaitSequenced(MadoguchiServer server, Connection connection)
      throws Exception {
    long deadline = System.nanoTime() + SEQUENCED_WITHIN.toNanos();
    while (true) {
      try (Statement statement = connection.createStatement();
          ResultSet rs =
              statement.executeQuery(
                  "SELECT COUNT(*) FROM status_change WHERE feed_position IS NULL")) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "status changes still unsequenced after " + SEQUENCED_WITHIN);
      }
      server.pause(Duration.ofMillis(100));
    }
  }

  private static String cursorAfter(TestDatabase database, int offset) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "SELECT received_at, id FROM application ORDER BY received_at, id OFFSET "
                    + offset
                    + " LIMIT 1")) {
      rs.next();
      Timestamp at = rs.getTimestamp(1);
      return new QueuePosition(at.toInstant(), (UUID) rs.getObject(2)).encode();
    }
  }

  private static double[] time(Api api, String path) throws IOException {
    for (int i = 0; i < WARM_UP; i++) {
      check(api.get(path));
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      check(api.get(path));
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static void check(Api.Reply reply) {
    if (reply.status() != 200) {
      throw new IllegalStateException("HTTP " + reply.status() + ": " + reply.text());
    }
  }

  private QueueListing() {}
}
