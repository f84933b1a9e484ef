package jp.madoguchi.integration.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import jp.madoguchi.integration.config.ApiSettings;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.record.DeliveryRecord;

/**
 * POSTs a delivery to a core system (design.md "DIRECT_API") with {@code Idempotency-Key: <delivery
 * id>}, the route's extra headers and timeout, and classifies the answer: 2xx with {@code
 * coreReference} → delivered; 408, 429, 5xx, timeouts and connection failures → retry (with the
 * {@code Retry-After} wait); any other answer → park. Reasons carry the status and what the core
 * system said: the {@code detail} of a problem+json answer, else the first {@value #ANSWER_CHARS}
 * characters of the answer; a failed connection names the endpoint (without its query).
 */
public final class CoreSystemClient {

  /** How much of a core system's answer an error text keeps. */
  static final int ANSWER_CHARS = 500;

  private final HttpClient http;
  private final ObjectMapper mapper;
  private final Clock clock;

  public CoreSystemClient(HttpClient http, ObjectMapper mapper, Clock clock) {
    this.http = http;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** An HTTP/1.1 client that follows no redirects and runs on the given executor. */
  public static HttpClient newHttpClient(Executor executor, Duration connectTimeout) {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(connectTimeout)
        .executor(executor)
        .build();
  }

  public DeliveryOutcome post(DeliveryRecord record, ApiSettings api) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(record, api), HttpResponse.BodyHandlers.ofByteArray());
      return classify(response);
    } catch (HttpTimeoutException e) {
      return new DeliveryOutcome.Retry("timeout after " + api.timeoutMs() + " ms");
    } catch (ConnectException e) {
      return new DeliveryOutcome.Retry("connection failed: " + endpoint(api));
    } catch (IOException e) {
      return new DeliveryOutcome.Retry(
          "I/O error: " + e.getClass().getSimpleName() + " (" + endpoint(api) + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryOutcome.Retry("interrupted");
    }
  }

  private HttpRequest request(DeliveryRecord record, ApiSettings api) throws IOException {
    byte[] body = mapper.writeValueAsBytes(DirectApiPayload.of(record));
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(api.url())
            .timeout(Duration.ofMillis(api.timeoutMs()))
            .header("Content-Type", "application/json; charset=UTF-8")
            .header("Accept", "application/json");
    api.headers().forEach(builder::header);
    return builder
        .header("Idempotency-Key", record.deliveryId().toString())
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private DeliveryOutcome classify(HttpResponse<byte[]> response) {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return coreReference(response.body())
          .<DeliveryOutcome>map(DeliveryOutcome.Delivered::new)
          .orElse(
              new DeliveryOutcome.Park(
                  "HTTP " + status + " without coreReference" + answer(response.body())));
    }
    if (status == 408 || status == 429 || status >= 500) {
      return new DeliveryOutcome.Retry(
          "HTTP " + status + answer(response.body()),
          RetryAfter.parse(response.headers().firstValue("Retry-After"), clock));
    }
    return new DeliveryOutcome.Park("HTTP " + status + answer(response.body()));
  }

  /** {@code ": "} and the problem+json {@code detail}, or the answer's start; empty when none. */
  private String answer(byte[] body) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    try {
      JsonNode detail = mapper.readTree(body).path("detail");
      if (detail.isTextual() && !detail.asText().isBlank()) {
        text = detail.asText();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the text itself
    }
    text = text.strip();
    if (text.isEmpty() || text.equals("{}")) {
      return "";
    }
    return ": " + (text.length() > ANSWER_CHARS ? text.substring(0, ANSWER_CHARS) : text);
  }

  private static String endpoint(ApiSettings api) {
    URI url = api.url();
    String port = url.getPort() < 0 ? "" : ":" + url.getPort();
    return url.getScheme()
        + "://"
        + url.getHost()
        + port
        + (url.getPath() == null ? "" : url.getPath());
  }

  private Optional<String> coreReference(byte[] body) {
    try {
      JsonNode tree = mapper.readTree(body);
      JsonNode reference = tree == null ? null : tree.path("coreReference");
      return reference != null && reference.isTextual() && !reference.asText().isBlank()
          ? Optional.of(reference.asText())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
