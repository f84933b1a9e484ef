package jp.madoguchi.app.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.app.it.ApplicationJson;
import jp.madoguchi.app.it.MadoguchiServer;

/**
 * Portal submissions over HTTP at a given number of concurrent clients, each client waiting for its
 * answer before sending the next; every answer must be 201, except that a 503 with Retry-After (the
 * server's admission limit on large bodies) is retried after the time it asks, as a portal would,
 * and the latency counts from the first attempt.
 */
final class IntakeLoad {

  static final String PROCEDURE = "CC-02";
  private static final String TOKEN = "__RECEIPT__";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final String PORTAL =
      "Basic "
          + Base64.getEncoder()
              .encodeToString("portal:portal-demo".getBytes(StandardCharsets.UTF_8));

  /** The body of a small application, or of one with a 1 MB attachment. */
  enum Payload {
    SMALL("small"),
    ONE_MB_ATTACHMENT("1 MB attachment");

    final String label;

    Payload(String label) {
      this.label = label;
    }

    String template() {
      ApplicationJson application = ApplicationJson.valid(PROCEDURE).receiptNumber(TOKEN);
      if (this == ONE_MB_ATTACHMENT) {
        application.attach("scan.png", "image/png", ApplicationJson.noisePng());
      }
      return application.json().toString();
    }
  }

  record Result(int requests, double perSecond, Percentiles latency, String firstReceipt) {}

  /** 503 answers retried since the last {@link #run}. */
  static final AtomicInteger RETRIED = new AtomicInteger();

  private IntakeLoad() {}

  static Result run(MadoguchiServer server, String template, String prefix, int clients, int n)
      throws Exception {
    return run(java.util.List.of(server), template, prefix, clients, n);
  }

  /**
   * As {@link #run(MadoguchiServer, String, String, int, int)}, client c sending to node c mod N.
   */
  static Result run(
      java.util.List<MadoguchiServer> nodes, String template, String prefix, int clients, int n)
      throws Exception {
    RETRIED.set(0);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger next = new AtomicInteger();
    double[] millis = new double[n];
    long start = System.nanoTime();
    Future<?>[] running = new Future<?>[clients];
    for (int c = 0; c < clients; c++) {
      running[c] =
          pool.submit(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  byte[] body =
                      template.replace(TOKEN, receipt(prefix, i)).getBytes(StandardCharsets.UTF_8);
                  long sent = System.nanoTime();
                  submit(nodes.get(i % nodes.size()), body);
                  millis[i] = (System.nanoTime() - sent) / 1e6;
                }
                return null;
              });
    }
    for (Future<?> client : running) {
      client.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return new Result(n, n / seconds, Percentiles.of(millis), receipt(prefix, 0));
  }

  static String receipt(String prefix, int i) {
    return String.format("%s-%07d", prefix, i);
  }

  private static void submit(MadoguchiServer server, byte[] body)
      throws IOException, InterruptedException {
    HttpResponse<String> response;
    while (true) {
      response =
          CLIENT.send(
              HttpRequest.newBuilder(server.uri("/api/v1/applications"))
                  .timeout(Duration.ofMinutes(2))
                  .header("Authorization", PORTAL)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      var retryAfter = response.headers().firstValue("Retry-After");
      if (response.statusCode() != 503 || retryAfter.isEmpty()) {
        break;
      }
      RETRIED.incrementAndGet();
      Thread.sleep(1000L * Long.parseLong(retryAfter.get().trim()));
    }
    if (response.statusCode() != 201) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
  }
}
