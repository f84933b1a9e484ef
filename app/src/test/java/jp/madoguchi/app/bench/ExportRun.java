package jp.madoguchi.app.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.it.Api;
import jp.madoguchi.app.it.MadoguchiServer;
import jp.madoguchi.app.it.TestDatabase;
import org.postgresql.PGConnection;

/**
 * Export of {@code n} applications (PostgreSQL): BATCH (one claim, one CSV download) and
 * FILE_EXPORT (one file per application, written by the linkage engine), each with the server's
 * heap growth, against {@code COPY (SELECT …) TO STDOUT} of the same three columns.
 */
final class ExportRun {

  static final String COLUMNS = "receipt_number, applicant_name, applicant_address";

  /**
   * {@code heapGrowthMb}: peak used heap over the start (garbage included); {@code retainedMb}: the
   * same without eden (survivor + old generation), what outlived a young collection; {@code
   * livePeakMb}: the largest live heap (the objects a full collection leaves, {@code
   * GC.class_histogram}, sampled during the export and once at its end) over the live heap at the
   * start; {@code liveEndMb}: the live heap at the end over the start.
   */
  record Result(
      String what,
      int rows,
      double perSecond,
      double heapGrowthMb,
      double retainedMb,
      double livePeakMb,
      double liveEndMb) {}

  private final MadoguchiServer server;
  private final TestDatabase database;
  private final int n;

  ExportRun(MadoguchiServer server, TestDatabase database, int n) {
    this.server = server;
    this.database = database;
    this.n = n;
  }

  /**
   * Copies the application stored under {@code template} n times as procedure's applications, in
   * the template's status, or in {@code status} when given (ACCEPTED: each export then makes its
   * application LINKED, as a route on 受理 does).
   */
  void seed(String template, String procedure, String status) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      List<String> columns = columnsOf(connection, "application");
      List<String> expressions = new ArrayList<>();
      for (String column : columns) {
        expressions.add(
            switch (column) {
              case "id" -> "md5(a.id::text || '" + procedure + "' || g)::uuid";
              case "receipt_number" -> "'EXP-" + procedure + "-' || g";
              case "procedure_code" -> "'" + procedure + "'";
              case "status" -> status == null ? "a.status" : "'" + status + "'";
              default -> "a." + column;
            });
      }
      statement.execute(
          "INSERT INTO application ("
              + String.join(", ", columns)
              + ") SELECT "
              + String.join(", ", expressions)
              + " FROM application a CROSS JOIN generate_series(1, "
              + n
              + ") g WHERE a.receipt_number = '"
              + template
              + "'");
      statement.execute("ANALYZE application");
    }
  }

  /** Puts a delivery of the procedure's main route on every seeded application at once. */
  void enqueue(String procedure, String pattern) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO delivery (id, application_id, receipt_number, procedure_code, route_id,"
              + " route_version, pattern, status, attempts, next_attempt_at, created_at,"
              + " updated_at) SELECT md5('delivery' || a.id::text)::uuid, a.id, a.receipt_number,"
              + " a.procedure_code, r.id, r.current_version, '"
              + pattern
              + "', 'PENDING', 0, now(), now(), now() FROM application a JOIN linkage_route r"
              + " ON r.procedure_code = a.procedure_code AND r.route_name = 'main'"
              + " WHERE a.receipt_number LIKE 'EXP-"
              + procedure
              + "-%'");
    }
  }

  Result batch(String procedure) throws Exception {
    Api batch = Api.as(server, "batch", "batch-demo");
    long liveBefore = ServerHeap.live(server);
    long before = ServerHeap.used(server);
    long retainedBefore = ServerHeap.retained(server);
    long start = System.nanoTime();
    int rows;
    try (ServerHeap heap = ServerHeap.watch(server)) {
      Api.Reply claim =
          batch.send(
              batch
                  .request("/api/v1/batches?procedure=" + procedure + "&limit=" + n)
                  .timeout(Duration.ofMinutes(30))
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
      if (claim.status() != 201) {
        throw new IllegalStateException("claim: HTTP " + claim.status() + " " + claim.text());
      }
      double claimed = (System.nanoTime() - start) / 1e9;
      Api.Reply file =
          batch.send(
              batch
                  .request("/api/v1/batches/" + claim.json().get("batchId").asText() + "/file")
                  .timeout(Duration.ofMinutes(30))
                  .GET());
      rows = lines(file.response().body()) - 1;
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "[bench] BATCH %d rows: claim %.1f s, download %.1f s%n",
          rows, claimed, seconds - claimed);
      return new Result(
          "BATCH CSV (claim + download)",
          rows,
          rows / seconds,
          mb(heap, before),
          retainedMb(heap, retainedBefore),
          liveMb(heap.peakLiveBytes(), liveBefore),
          liveMb(ServerHeap.live(server), liveBefore));
    }
  }

  Result fileExport(String procedure, String what) throws Exception {
    long liveBefore = ServerHeap.live(server);
    long before = ServerHeap.used(server);
    long retainedBefore = ServerHeap.retained(server);
    long start = System.nanoTime();
    try (ServerHeap heap = ServerHeap.watch(server)) {
      enqueue(procedure, "FILE_EXPORT");
      Duration limit = Duration.ofHours(1);
      while (delivered(procedure) < n) {
        if (System.nanoTime() - start > limit.toNanos()) {
          throw new IllegalStateException("FILE_EXPORT did not finish within " + limit);
        }
        Thread.sleep(500);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(
          what,
          n,
          n / seconds,
          mb(heap, before),
          retainedMb(heap, retainedBefore),
          liveMb(heap.peakLiveBytes(), liveBefore),
          liveMb(ServerHeap.live(server), liveBefore));
    }
  }

  /** COPY of the same columns of the same rows to a stream that only counts. */
  Result copy(String procedure) throws Exception {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long start = System.nanoTime();
    long rows;
    try (Connection connection = database.connect()) {
      rows =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyOut(
                  "COPY (SELECT "
                      + COLUMNS
                      + " FROM application WHERE receipt_number LIKE 'EXP-"
                      + procedure
                      + "-%' ORDER BY received_at, id) TO STDOUT WITH (FORMAT csv, HEADER)",
                  OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double growth = (runtime.totalMemory() - runtime.freeMemory() - before) / 1048576.0;
    return new Result("COPY … TO STDOUT", (int) rows, rows / seconds, Math.max(0, growth), 0, 0, 0);
  }

  private long delivered(String procedure) throws Exception {
    try (Connection connection = database.connect();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND status = 'DELIVERED'")) {
      count.setString(1, procedure);
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static double mb(ServerHeap heap, long before) {
    return Math.max(0, heap.peakBytes() - before) / 1048576.0;
  }

  private static double liveMb(long live, long before) {
    return (live - before) / 1048576.0;
  }

  private static double retainedMb(ServerHeap heap, long before) {
    return Math.max(0, heap.peakRetainedBytes() - before) / 1048576.0;
  }

  private static int lines(byte[] body) {
    int lines = 0;
    for (byte b : body) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static List<String> columnsOf(Connection connection, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rs =
        connection.getMetaData().getColumns(null, connection.getSchema(), table, "%")) {
      while (rs.next()) {
        columns.add(rs.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}
