package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the tests, speaking to the server under test as a given user. */
public final class Api {

  public static final ObjectMapper JSON = new ObjectMapper();

  // generous: on a loaded 2-core machine 64 concurrent uploads can wait seconds for an accept
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(30))
          .build();

  private final MadoguchiServer server;
  private final String authorization;

  private Api(MadoguchiServer server, String authorization) {
    this.server = server;
    this.authorization = authorization;
  }

  public static Api as(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(MadoguchiServer.get(), "Basic " + token);
  }

  /** A client of a given server (tests that start servers of their own). */
  public static Api as(MadoguchiServer server, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(server, "Basic " + token);
  }

  public static Api anonymous(MadoguchiServer server) {
    return new Api(server, null);
  }

  public static Api bearer(String token) {
    return new Api(MadoguchiServer.get(), "Bearer " + token);
  }

  public static Api anonymous() {
    return new Api(MadoguchiServer.get(), null);
  }

  public static Api portal() {
    return as("portal", "portal-demo");
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply postJson(String path, JsonNode body) {
    return post(path, "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
  }

  public Reply post(String path, String contentType, byte[] body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(response);
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  /** A response with its body at hand. */
  public record Reply(HttpResponse<byte[]> response) {
    public int status() {
      return response.statusCode();
    }

    /**
     * The body as text; when it is Payara's own error page (the application was not there for this
     * request) followed by a {@link ServerDiagnosis} for the failure message.
     */
    public String text() {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      return ServerDiagnosis.isContainerErrorPage(contentType(), body)
          ? body + ServerDiagnosis.of(response.uri())
          : body;
    }

    public JsonNode json() {
      try {
        return JSON.readTree(response.body());
      } catch (IOException e) {
        throw new IllegalStateException("not JSON: " + text(), e);
      }
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public String contentType() {
      return header("Content-Type");
    }
  }
}
