package jp.madoguchi.app.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real WAR on a real Payara Micro, started once per test JVM (one failsafe run per database)
 * and called over HTTP. {@code madoguchi.it.database} chooses H2 (default) or PostgreSQL (from
 * {@code MADOGUCHI_TEST_PG_URL}, in a fresh schema dropped afterwards).
 */
public final class MadoguchiServer {

  /** The 市区町村長 printed on 罹災証明書 (madoguchi.municipality.mayor-name) of the servers under test. */
  static final String MAYOR_NAME = "千代田区長　窓口　一郎";

  /** The scrape token of /metrics (madoguchi.metrics.token) of the servers under test. */
  public static final String METRICS_TOKEN = "it-metrics-scrape-token-0123456789abcdef";

  private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(600);
  private static MadoguchiServer shared;
  private static IllegalStateException startFailure;

  private final TestDatabase database;
  private final Path workDir;
  private final int port;
  private final Map<String, String> extraEnvironment = new java.util.HashMap<>();
  private boolean portalPull = true;
  private Process process;
  private Path log;
  private int boots;
  private BootTime lastBoot;
  private ClassArchive classArchive;

  private MadoguchiServer(TestDatabase database, Path workDir, int port) {
    this.database = database;
    this.workDir = workDir;
    this.port = port;
  }

  /** The server of this test run, started on first use and stopped when the JVM ends. */
  public static synchronized MadoguchiServer get() {
    if (startFailure != null) {
      throw new IllegalStateException("the server failed to start earlier", startFailure);
    }
    if (shared == null) {
      try {
        Path workDir = Path.of(System.getProperty("madoguchi.it.workdir", "target/it"));
        Files.createDirectories(workDir);
        TestDatabase database = TestDatabase.fromSystemProperties(workDir);
        MadoguchiServer server = new MadoguchiServer(database, workDir, freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        try {
          server.start();
        } catch (RuntimeException e) {
          server.shutdown();
          throw e;
        }
        shared = server;
      } catch (IOException | RuntimeException e) {
        startFailure = new IllegalStateException("could not start Madoguchi for the tests", e);
        throw startFailure;
      }
    }
    return shared;
  }

  /**
   * A server of its own (not the shared one), for tests that kill, restart or multiply servers:
   * started with {@link #start()} on a free port, stopped by {@link #close()}. {@code environment}
   * adds to (or overrides) the variables of the shared server, e.g. a short delivery lease.
   */
  public static MadoguchiServer dedicated(
      TestDatabase database, Path workDir, Map<String, String> environment) throws IOException {
    Files.createDirectories(workDir);
    MadoguchiServer server = new MadoguchiServer(database, workDir, freePort());
    server.extraEnvironment.putAll(environment);
    return server;
  }

  /** Adds to (or overrides) the environment of the next {@link #start()}. */
  public MadoguchiServer withEnvironment(Map<String, String> environment) {
    extraEnvironment.putAll(environment);
    return this;
  }

  /** Starts without any portal setting (as a fresh installation that does not pull). */
  public MadoguchiServer withoutPortalSettings() {
    portalPull = false;
    return this;
  }

  /** Kills the server process at once (SIGKILL, as {@code kill -9}): no shutdown of any kind. */
  public synchronized void kill() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      archiveAfterExit();
    }
  }

  /** Stops the server (SIGTERM, then SIGKILL after a minute); the database stays. */
  public synchronized void close() {
    stop();
  }

  /** Process, port and boots of this server, for failure messages. */
  String describe() {
    return "server pid="
        + (process == null ? "none" : process.pid())
        + " alive="
        + isAlive()
        + " port="
        + port
        + " boots="
        + boots;
  }

  /** The log of the current (last) boot. */
  Path currentLog() {
    return log;
  }

  /** The process id of the running Payara Micro JVM. */
  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process != null && process.isAlive();
  }

  public int port() {
    return port;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /**
   * Where the demo FILE_EXPORT routes of the server under test write (one folder per procedure).
   */
  public Path exportRoot() {
    return workDir.resolve("exports").toAbsolutePath();
  }

  public TestDatabase database() {
    return database;
  }

  /** Everything the server printed since it was first started. */
  public String log() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int i = 1; i <= boots; i++) {
      all.append(Files.readString(workDir.resolve("server-" + i + ".log")));
    }
    return all.toString();
  }

  /** Stops the server as an operator would (SIGTERM) and starts it again on the same data. */
  public synchronized void restart() throws IOException {
    stop();
    start();
  }

  /** Starts the server (again, after {@link #kill()} or {@link #close()}) on the same port. */
  public synchronized void start() throws IOException {
    boots++;
    log = workDir.resolve("server-" + boots + ".log");
    // Payara's runtime directory is scratch: one left by an earlier `mvn verify` holds an older
    // deployment, which the new boot redeploys alongside the WAR under test (503s, 404s).
    Path runtime = workDir.resolve("payara-runtime-" + boots);
    deleteRecursively(runtime);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    // extra options for a measurement, e.g. -XX:StartFlightRecording=filename=server.jfr
    String extra = System.getenv("MADOGUCHI_IT_SERVER_JVM_OPTIONS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.strip().split("\\s+")));
    }
    if (ClassArchive.enabled()) {
      if (classArchive == null) {
        classArchive =
            ClassArchive.of(
                Path.of(System.getProperty("madoguchi.it.cds-dir", "target/cds")),
                Path.of(required("madoguchi.it.payara")),
                Path.of(required("madoguchi.it.war")),
                Integer.toString(port));
      }
      command.addAll(classArchive.jvmOptions());
    }
    command.addAll(
        List.of(
            "-jar",
            required("madoguchi.it.payara"),
            "--deploy",
            required("madoguchi.it.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--prebootcommandfile",
            Path.of(
                    System.getProperty(
                        "madoguchi.it.http-limits", "src/main/payara/http-limits.asadmin"))
                .toAbsolutePath()
                .toString(),
            "--rootdir",
            runtime.toAbsolutePath().toString(),
            "--logproperties",
            Path.of(
                    System.getProperty(
                        "madoguchi.it.logging", "src/main/payara/logging.properties"))
                .toAbsolutePath()
                .toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("MADOGUCHI_MODE", "demo");
    env.put("MADOGUCHI_LINKAGE_EXPORT_ROOT", exportRoot().toString());
    env.put("MADOGUCHI_LINKAGE_POLL_MS", "200");
    // batch files stream in pages of 7 rows, so every batch test crosses page boundaries
    env.put("MADOGUCHI_LINKAGE_BATCH_PAGE_ROWS", "7");
    // the tests call as a reverse proxy would: X-Forwarded-For / -Proto name the client's address
    // and scheme (MachineAccountThrottleIT, OperationsEndpointsIT); without them, 127.0.0.1
    env.put("MADOGUCHI_HTTP_TRUSTED_PROXIES", "127.0.0.1");
    env.put("MADOGUCHI_METRICS_TOKEN", METRICS_TOKEN);
    env.put("MADOGUCHI_MUNICIPALITY_MAYOR_NAME", MAYOR_NAME);
    if (portalPull) {
      env.putAll(TestPortal.simulator(workDir).serverEnvironment(3600));
    }
    env.putAll(database.serverEnvironment());
    env.putAll(extraEnvironment);
    long started = System.nanoTime();
    process = builder.start();
    awaitReady();
    lastBoot = new BootTime((System.nanoTime() - started) / 1e9, ProcessCpu.seconds(process.pid()));
  }

  /** How long the last {@link #start()} took until ready: wall clock and the server's CPU time. */
  public BootTime lastBoot() {
    return lastBoot;
  }

  /** Seconds from process start to ready, and the CPU seconds (user + system) it used so far. */
  public record BootTime(double wallSeconds, double cpuSeconds) {}

  /**
   * Waits until {@code /health/ready} answers 200 UP: the REST API answers JSON, the database, JPA,
   * the migrations and the linkage engine are there (not merely the servlet container).
   */
  private void awaitReady() throws IOException {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(BOOT_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro exited during boot; see " + log);
      }
      try {
        HttpResponse<String> health =
            client.send(
                HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"")) {
          return;
        }
        if (health.body().contains("No Application deployed")
            && Files.readString(log).contains("Exception while ")) {
          throw new IllegalStateException("deployment failed; see " + log);
        }
      } catch (IOException notYetListening) {
        // Payara has not opened its port yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      waitBriefly();
    }
    throw new IllegalStateException("Madoguchi not ready within " + BOOT_TIMEOUT + "; see " + log);
  }

  /** Polling pause for tests that wait on the server; returns early if the server dies. */
  public void pause(Duration duration) {
    try {
      process.waitFor(duration.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Polling pause that also notices the process ending. */
  private void waitBriefly() {
    try {
      process.waitFor(250, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    archiveAfterExit();
  }

  private void archiveAfterExit() {
    if (classArchive != null && !process.isAlive()) {
      // 137 = 128 + SIGKILL: the JVM did not get to finish the archive
      classArchive.afterExit(process.exitValue() == 137);
    }
  }

  private void shutdown() {
    stop();
    database.close();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + property + " not set (run via failsafe)");
    }
    return Path.of(value).toAbsolutePath().toString();
  }

  /** A port nobody listens on now, chosen by the OS. */
  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
