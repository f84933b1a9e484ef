package jp.madoguchi.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.it.ApplicationJson;
import jp.madoguchi.app.it.MadoguchiServer;
import jp.madoguchi.app.it.TestDatabase;

/**
 * The benchmark of issue 8 ({@code mvn -Pbench -pl app -am verify}): starts the real server on
 * PostgreSQL and on H2, drives it over HTTP from this JVM and prints one Markdown table per part
 * with its baseline and ratio, also written to {@code app/target/benchmark.md}. Figures only:
 * nothing is asserted.
 */
public final class Benchmark {

  /** {@code -Dbench.intake.two-nodes=false}: intake against one node only. */
  private static final boolean TWO_NODES =
      Boolean.parseBoolean(System.getProperty("bench.intake.two-nodes", "true"));

  private static final int EXPORT_ROWS = Integer.getInteger("bench.export.rows", 100_000);
  private static final int FILE_EXPORT_ROWS =
      Integer.getInteger("bench.file-export.rows", EXPORT_ROWS);

  /**
   * {@code -Dbench.file-export.accepted=true}: the FILE_EXPORT applications are seeded ACCEPTED, so
   * each recorded file also makes its application LINKED (a status change and an update each); by
   * default they keep the template's status (RECEIVED) and none is linked, as in earlier runs.
   */
  private static final boolean FILE_EXPORT_ACCEPTED =
      Boolean.getBoolean("bench.file-export.accepted");

  private static final int QUEUE_ROWS = Integer.getInteger("bench.queue.rows", 1_000_000);

  /**
   * {@code -Dbench.sections=intake,export,queue,boot} (comma-separated, all four by default; {@code
   * export} is {@code batch} and {@code file-export}): the parts to run and report. {@code boot}
   * restarts the server {@link BootTimes#RUNS} times and reports the median boot to ready. The
   * first boot and memory are always measured.
   */
  private static final java.util.Set<String> SECTIONS =
      java.util.Arrays.stream(
              System.getProperty("bench.sections", "intake,export,queue,boot").split(","))
          .map(String::trim)
          .filter(s -> !s.isEmpty())
          .collect(java.util.stream.Collectors.toSet());

  private static boolean section(String name) {
    return SECTIONS.contains(name)
        || (SECTIONS.contains("export") && (name.equals("batch") || name.equals("file-export")));
  }

  private final IntakeSection intake = new IntakeSection();
  private final StringBuilder export = new StringBuilder();
  private final StringBuilder footprint = new StringBuilder();
  private final StringBuilder boots = new StringBuilder();
  private String queue = "";

  public static void main(String[] args) throws Exception {
    try {
      runAll();
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static void runAll() throws Exception {
    Benchmark benchmark = new Benchmark();
    // export and queue run on PostgreSQL only: without intake, H2 has nothing to measure
    String databases =
        System.getProperty("bench.databases", section("intake") ? "postgresql,h2" : "postgresql");
    String postgresVersion = "";
    for (String kind : databases.split(",")) {
      postgresVersion += benchmark.run(kind.trim());
    }
    String report = benchmark.report(postgresVersion);
    System.out.println(report);
    Path target = Path.of(System.getProperty("madoguchi.bench.target", "target"));
    Path out = target.resolve("benchmark.md");
    Files.writeString(out, report);
    System.out.println("written to " + out.toAbsolutePath());
    System.exit(0);
  }

  private String run(String kind) throws Exception {
    boolean postgres = kind.equals("postgresql");
    Path workDir =
        Path.of(System.getProperty("madoguchi.bench.target", "target"), "bench", kind)
            .toAbsolutePath();
    TestDatabase database =
        postgres ? TestDatabase.ownPostgreSqlDatabase() : TestDatabase.freshH2(workDir);
    // batch files in pages of the server's default size, not the 7 rows the ITs use
    Map<String, String> environment =
        Map.of(
            "MADOGUCHI_LINKAGE_POLL_MS",
            "50",
            "MADOGUCHI_LINKAGE_BATCH_PAGE_ROWS",
            System.getProperty("bench.batch-page-rows", "2000"));
    MadoguchiServer server = MadoguchiServer.dedicated(database, workDir, environment);
    String version = "";
    try {
      server.start();
      MadoguchiServer.BootTime firstBoot = server.lastBoot();
      double bootSeconds = firstBoot.wallSeconds();
      if (section("boot")) {
        boots.append(BootTimes.measure(kind, server, firstBoot));
      }
      Thread.sleep(10_000);
      double idle = ProcessMemory.residentMb(server.pid());
      log(kind + ": booted in " + bootSeconds + " s");
      double underLoad = 0;
      if (section("intake")) {
        try (ProcessMemory memory = ProcessMemory.watch(server.pid())) {
          intake.run(kind, List.of(server), database);
          underLoad = memory.peakMb();
        }
        if (postgres && TWO_NODES) {
          // on the same database, after the one-node runs (its baseline with two sequencers)
          intake.runOnTwoNodes(kind, server, database, workDir, environment);
        }
      }
      footprint.append(
          String.format(
              "| %s | %.1f | %.0f | %s |%n",
              kind,
              bootSeconds,
              idle,
              section("intake") ? String.format("%.0f", underLoad) : "– (intake not run)"));
      if (postgres) {
        version = postgresVersion(database);
      }
      if (postgres && (section("batch") || section("file-export"))) {
        try {
          export(server, database);
        } catch (Exception e) {
          log("export failed: " + e);
          export.append(String.format("| failed: %s ||||||%n", e));
        }
      }
      if (postgres && section("queue")) {
        // last: the million rows it adds would slow the export's seeding, not its figures
        try {
          QueueListing.Result listing = QueueListing.measure(server, database, QUEUE_ROWS);
          log("queue listing: seeded in " + listing.seedSeconds() + " s");
          queue = listing.section();
        } catch (Exception e) {
          log("queue listing failed: " + e);
          queue = "### Queue listing\n\nfailed: " + e + "\n\n";
        }
      }
    } finally {
      server.close();
      database.close();
    }
    return version;
  }

  private void export(MadoguchiServer server, TestDatabase database) throws Exception {
    String template =
        ApplicationJson.valid(IntakeLoad.PROCEDURE).receiptNumber("EXPORT-T").json().toString();
    IntakeLoad.run(server, template.replace("EXPORT-T", "__RECEIPT__"), "EXPT", 1, 1);
    String templateReceipt = IntakeLoad.receipt("EXPT", 0);
    ExportBench.configureRoutes(server);
    if (section("batch")) {
      ExportRun batchRun = new ExportRun(server, database, EXPORT_ROWS);
      batchRun.seed(templateReceipt, ExportBench.BATCH_PROCEDURE, null);
      batchRun.enqueue(ExportBench.BATCH_PROCEDURE, "BATCH");
      ExportRun.Result batch = batchRun.batch(ExportBench.BATCH_PROCEDURE);
      ExportRun.Result batchCopy = batchRun.copy(ExportBench.BATCH_PROCEDURE);
      row(batch, batchCopy);
    }
    if (!section("file-export")) {
      return;
    }
    ExportRun fileRun = new ExportRun(server, database, FILE_EXPORT_ROWS);
    fileRun.seed(
        templateReceipt, ExportBench.FILE_PROCEDURE, FILE_EXPORT_ACCEPTED ? "ACCEPTED" : null);
    ExportRun.Result files =
        fileRun.fileExport(
            ExportBench.FILE_PROCEDURE,
            FILE_EXPORT_ACCEPTED
                ? "FILE_EXPORT (one file each, each application LINKED)"
                : "FILE_EXPORT (one file each)");
    ExportRun.Result filesCopy = fileRun.copy(ExportBench.FILE_PROCEDURE);
    row(files, filesCopy);
  }

  private void row(ExportRun.Result result, ExportRun.Result copy) {
    log(result + " vs " + copy);
    export.append(
        String.format(
            "| %s | %,d | %,.0f | %.0f | %.1f | %.1f | %,.0f | %.1f | %.2f%% |%n",
            result.what(),
            result.rows(),
            result.perSecond(),
            result.heapGrowthMb(),
            result.livePeakMb(),
            result.liveEndMb(),
            copy.perSecond(),
            copy.heapGrowthMb(),
            100 * result.perSecond() / copy.perSecond()));
  }

  private String report(String postgresVersion) throws Exception {
    return "## Benchmark run of "
        + Instant.now()
        + "\n\n"
        + Machine.describe()
        + (postgresVersion.isEmpty() ? "" : "; " + postgresVersion)
        + "\n\n"
        + (section("intake") ? intake.section() : "")
        + (section("batch") || section("file-export") ? exportSection() : "")
        + queue
        + (section("boot") ? BootTimes.header() + boots + "\n" : "")
        + bootSection();
  }

  private String exportSection() {
    return "### Export (PostgreSQL, columns "
        + ExportRun.COLUMNS
        + ") vs COPY … TO STDOUT\n\n"
        + "| export | rows | rows/s | server heap growth MB: peak used | live, peak | live, at end"
        + " | COPY rows/s | COPY client heap MB | ratio |\n"
        + "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        + export
        + "\n";
  }

  private String bootSection() {
    return "### Boot and resident memory (Payara Micro, -Xmx512m)\n\n"
        + "| database | boot s (start → /health UP) | RSS idle MB | RSS peak under intake load MB |\n"
        + "|---|---:|---:|---:|\n"
        + footprint;
  }

  private static String postgresVersion(TestDatabase database) throws Exception {
    try (Connection connection = database.connect();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SHOW server_version")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + " on the same machine";
    }
  }

  private static void log(String line) {
    System.out.println("[bench] " + line);
  }

  private Benchmark() {}
}
