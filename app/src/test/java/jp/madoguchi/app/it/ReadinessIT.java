package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A load balancer that trusts /health/ready never sends a request into the start-up window in which
 * the API still answers Payara's HTML 404 or 500: a server of its own is restarted while
 * /health/ready and a status query are polled every 100 ms.
 */
class ReadinessIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static final String PORTAL =
      Base64.getEncoder().encodeToString("portal:portal-demo".getBytes(StandardCharsets.UTF_8));

  /** One poll: was /health/ready UP, and what did the status query answer (-1: no answer). */
  record Sample(boolean ready, int apiStatus, String apiType) {
    boolean apiAnsweredNonJson() {
      return apiStatus != -1 && (apiType == null || !apiType.startsWith("application/json"));
    }
  }

  @Test
  void duringARestartReadyIsNeverUpWhileTheApiAnswersAnythingButJson() throws Exception {
    Path workDir = Path.of(System.getProperty("madoguchi.it.workdir", "target/it"), "readiness");
    try (TestDatabase database = TestDatabase.freshH2(workDir)) {
      MadoguchiServer server = MadoguchiServer.dedicated(database, workDir, Map.of());
      try {
        server.start();
        ApplicationJson application = ApplicationJson.valid("CC-01");
        assertThat(
                Api.as(server, "portal", "portal-demo")
                    .postJson("/api/v1/applications", application.json())
                    .status())
            .isEqualTo(201);
        URI status = server.uri("/api/v1/applications/" + application.receiptNumber() + "/status");

        List<Sample> samples = new CopyOnWriteArrayList<>();
        AtomicBoolean polling = new AtomicBoolean(true);
        Thread poller =
            new Thread(
                () -> {
                  while (polling.get()) {
                    boolean ready = ready(server);
                    samples.add(api(ready, status));
                    server.pause(Duration.ofMillis(100));
                  }
                });
        poller.start();
        server.restart();
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < until) {
          server.pause(Duration.ofMillis(100));
        }
        polling.set(false);
        poller.join();

        assertThat(samples).anyMatch(s -> !s.ready()).anyMatch(Sample::ready);
        System.out.printf(
            "[readiness] %d samples, %d ready, %d non-JSON API answers%n",
            samples.size(),
            samples.stream().filter(Sample::ready).count(),
            samples.stream().filter(Sample::apiAnsweredNonJson).count());
        for (int i = 1; i + 1 < samples.size(); i++) {
          Sample s = samples.get(i);
          boolean readyAround =
              samples.get(i - 1).ready() && s.ready() && samples.get(i + 1).ready();
          assertThat(readyAround && s.apiAnsweredNonJson())
              .as("sample %d of %s: ready while the API answered %s", i, samples.size(), s)
              .isFalse();
        }
        assertThat(server.log()).as("no ANSI colour codes in the log").doesNotContain("\u001b[");
      } finally {
        server.close();
      }
    }
  }

  private static boolean ready(MadoguchiServer server) {
    try {
      HttpResponse<String> health =
          CLIENT.send(
              HttpRequest.newBuilder(server.uri("/health/ready"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().startsWith("{\"status\":\"UP\"");
    } catch (Exception noAnswer) {
      return false;
    }
  }

  private static Sample api(boolean ready, URI status) {
    try {
      HttpResponse<Void> reply =
          CLIENT.send(
              HttpRequest.newBuilder(status)
                  .timeout(Duration.ofSeconds(2))
                  .header("Authorization", "Basic " + PORTAL)
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return new Sample(
          ready, reply.statusCode(), reply.headers().firstValue("Content-Type").orElse(null));
    } catch (Exception noAnswer) {
      return new Sample(ready, -1, null);
    }
  }
}
