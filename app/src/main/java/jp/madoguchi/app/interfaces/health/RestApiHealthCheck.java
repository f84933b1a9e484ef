package jp.madoguchi.app.interfaces.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * UP when the REST application answers a real request: the check calls the procedure catalog
 * ({@code GET /api/v1/procedures}, no login) over the address the health request came in on and
 * wants 200 JSON. Until the JAX-RS application is deployed this fails (Payara's HTML 404 or 500),
 * so a balancer never sends requests into that window.
 */
@Readiness
@ApplicationScoped
public class RestApiHealthCheck implements HealthCheck {

  static final String PATH = "/api/v1/procedures";

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Probe.LIMIT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final Probe probe = new Probe("rest-api");

  @Resource ManagedExecutorService executor;

  @Override
  public HealthCheckResponse call() {
    return LoopbackAddress.base()
        .map(base -> probe.run(executor, () -> call(base), "REST API が正しく応答しません"))
        .orElseGet(
            () ->
                HealthCheckResponse.named("rest-api")
                    .down()
                    .withData("error", "HTTP での /health 要求をまだ受けていません")
                    .build());
  }

  private static String call(URI base) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + PATH))
            .timeout(Duration.ofSeconds(1))
            .header("Accept", "application/json")
            .build();
    HttpResponse<Void> response = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() != 200 || !type.startsWith("application/json")) {
      throw new IOException("REST API answered " + response.statusCode() + " " + type);
    }
    return null;
  }
}
