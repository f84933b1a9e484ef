package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Helpers of the fault tests (*FaultIT, Maven profile {@code faults}): servers of their own on a
 * database of their own, a portal client that retries like a real one, and SQL counts.
 */
final class FaultLab {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();
  private static final String PORTAL =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("portal:portal-demo".getBytes(StandardCharsets.UTF_8));

  private FaultLab() {}

  /** A server on {@code database}, in its own work directory, with a short delivery lease. */
  static MadoguchiServer server(TestDatabase database, String name, Map<String, String> env)
      throws IOException {
    Path workDir =
        Path.of(System.getProperty("madoguchi.it.workdir", "target/it-faults")).resolve(name);
    var environment = new java.util.HashMap<>(Map.of("MADOGUCHI_LINKAGE_LEASE_SECONDS", "5"));
    environment.putAll(env);
    return MadoguchiServer.dedicated(database, workDir, environment);
  }

  /**
   * A portal that submits one application and retries until it gets a 2xx — the receipt number
   * makes the retry idempotent. Connection failures, 5xx and the HTML 404 Payara answers while the
   * application deploys are retried; anything else is a test failure.
   */
  static final class RetryingPortal {
    final AtomicInteger failedAttempts = new AtomicInteger();
    final AtomicInteger replays = new AtomicInteger();
    private final Supplier<MadoguchiServer> target;

    RetryingPortal(Supplier<MadoguchiServer> target) {
      this.target = target;
    }

    /** Returns the status of the first 2xx answer (201 stored now, 200 stored earlier). */
    int submit(ObjectNode body) {
      byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
      Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
      while (Instant.now().isBefore(deadline)) {
        MadoguchiServer server = target.get();
        try {
          HttpResponse<String> response =
              CLIENT.send(
                  HttpRequest.newBuilder(server.uri("/api/v1/applications"))
                      .timeout(Duration.ofSeconds(30))
                      .header("Authorization", PORTAL)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          int status = response.statusCode();
          if (status == 200 || status == 201) {
            if (status == 200) {
              replays.incrementAndGet();
            }
            return status;
          }
          boolean deploying =
              status == 404
                  && !response.headers().firstValue("Content-Type").orElse("").contains("problem");
          if (status < 500 && !deploying) {
            throw new AssertionError("HTTP " + status + ": " + response.body());
          }
        } catch (IOException connectionFailed) {
          // killed, restarting or refusing: try again
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        failedAttempts.incrementAndGet();
        pause(Duration.ofMillis(200));
      }
      throw new AssertionError("no 2xx within 5 minutes for " + body.get("receiptNumber"));
    }
  }

  /** Polls until the condition holds; fails after the deadline. */
  static void await(BooleanSupplier condition, Duration timeout, Supplier<String> what) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out after " + timeout + " waiting for " + what.get());
      }
      pause(Duration.ofMillis(250));
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static long count(TestDatabase database, String sql, Object... parameters) {
    return column(database, sql, parameters).stream().mapToLong(Long::parseLong).sum();
  }

  /** The first column of every row, as text. */
  static List<String> column(TestDatabase database, String sql, Object... parameters) {
    try (Connection connection = database.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      List<String> values = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          values.add(rs.getString(1));
        }
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException("could not run: " + sql, e);
    }
  }

  /**
   * A DIRECT_API route that creates its delivery on receipt (no clerk needed). (Not built with
   * {@link Linkage}: its constants would start the shared test server.)
   */
  static ObjectNode apiRouteOnReceipt(String url, int maxAttempts) {
    ObjectNode route =
        Api.JSON
            .createObjectNode()
            .put("pattern", "DIRECT_API")
            .put("trigger", "ON_RECEIPT")
            .put("enabled", true);
    route.putObject("api").put("url", url).put("timeoutMs", 5000);
    route
        .putObject("retry")
        .put("maxAttempts", maxAttempts)
        .put("initialDelayMs", 200)
        .put("maxDelayMs", 1000);
    return route;
  }

  /** A FILE_EXPORT route on receipt into {@code directory}, the receipt number as first column. */
  static ObjectNode fileRouteOnReceipt(String directory) {
    ObjectNode route =
        Api.JSON
            .createObjectNode()
            .put("pattern", "FILE_EXPORT")
            .put("trigger", "ON_RECEIPT")
            .put("enabled", true);
    ObjectNode file =
        route
            .putObject("file")
            .put("directory", directory)
            .put("encoding", "CP932")
            .put("header", true);
    var columns = file.putArray("columns");
    columns.addObject().put("name", "受付番号").put("source", "receiptNumber");
    columns.addObject().put("name", "氏名").put("source", "applicant.name");
    return route;
  }

  /** A BATCH route on receipt with the receipt number as first column. */
  static ObjectNode batchRouteOnReceipt() {
    ObjectNode route =
        Api.JSON
            .createObjectNode()
            .put("pattern", "BATCH")
            .put("trigger", "ON_RECEIPT")
            .put("enabled", true);
    ObjectNode file = route.putObject("file").put("encoding", "CP932").put("header", true);
    var columns = file.putArray("columns");
    columns.addObject().put("name", "受付番号").put("source", "receiptNumber");
    columns.addObject().put("name", "氏名").put("source", "applicant.name");
    return route;
  }

  static void configure(MadoguchiServer server, String procedure, ObjectNode route) {
    Api admin = Api.as(server, "itadmin", "itadmin-demo");
    Api.Reply reply =
        admin.send(
            admin
                .request("/api/v1/admin/linkage-routes/" + procedure)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(route.toString())));
    if (reply.status() != 200) {
      throw new AssertionError("route not stored: " + reply.text());
    }
  }
}
