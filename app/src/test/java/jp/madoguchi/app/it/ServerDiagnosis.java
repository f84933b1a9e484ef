package jp.madoguchi.app.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What a failing assertion should say when the server under test answered with Payara's own HTML
 * error page (the application was not there for that request): which process listens on the port,
 * whether the server process the tests started is alive, what readiness answers now and the last
 * deployment lines of its log. The server log holds no personal data (IntakeIT checks it).
 */
final class ServerDiagnosis {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private ServerDiagnosis() {}

  /** True for Payara's HTML error report, which the application itself never sends. */
  static boolean isContainerErrorPage(String contentType, String body) {
    return contentType != null
        && contentType.startsWith("text/html")
        && body.contains("Payara Micro - Error report");
  }

  static String of(URI requested) {
    StringBuilder out = new StringBuilder("\n[diagnosis of ").append(requested).append("] ");
    MadoguchiServer server = MadoguchiServer.get();
    out.append(server.describe()).append("; listening: ").append(listeners(requested.getPort()));
    out.append("; /health/ready now: ").append(readiness(requested));
    out.append("; log: ").append(lastDeploymentLines(server.currentLog()));
    return out.toString();
  }

  private static String readiness(URI requested) {
    try {
      HttpResponse<String> health =
          CLIENT.send(
              HttpRequest.newBuilder(requested.resolve("/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String body = health.body();
      return health.statusCode() + " " + body.substring(0, Math.min(body.length(), 120));
    } catch (IOException e) {
      return "no answer (" + e + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** The sockets listening on {@code port} with their processes, as {@code ss} shows them. */
  private static String listeners(int port) {
    try {
      Process ss =
          new ProcessBuilder("ss", "-Hltnp", "sport = :" + port).redirectErrorStream(true).start();
      String text = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      ss.waitFor(10, TimeUnit.SECONDS);
      return text.strip().replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "ss not available";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private static String lastDeploymentLines(Path log) {
    try {
      List<String> lines =
          Files.readAllLines(log, StandardCharsets.UTF_8).stream()
              .filter(
                  line ->
                      line.contains("Deployed")
                          || line.contains("SEVERE")
                          || line.contains("undeploy")
                          || line.contains("shut"))
              .map(line -> line.length() > 200 ? line.substring(0, 200) : line)
              .toList();
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - 4), lines.size()));
    } catch (IOException e) {
      return "log not readable (" + e.getMessage() + ")";
    }
  }
}
