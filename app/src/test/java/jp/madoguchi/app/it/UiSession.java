package jp.madoguchi.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.madoguchi.app.it.Api.Reply;

/** A browser-like HTTP client for the web UI's session login: keeps cookies, no Basic auth. */
final class UiSession {

  private final MadoguchiServer server = MadoguchiServer.get();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  Reply loginWithForm(String username, String password) {
    String form = "username=" + username + "&password=" + password;
    return post("/ui/login", "application/x-www-form-urlencoded", form, null);
  }

  Reply loginWithJson(String username, String password) {
    JsonNode body = Api.JSON.createObjectNode().put("username", username).put("password", password);
    return post("/ui/login", "application/json", body.toString(), null);
  }

  /** Logs in as the clerk and returns the session's CSRF token. */
  static UiSession clerk() {
    UiSession session = new UiSession();
    Reply login = session.loginWithJson("clerk", "clerk-demo");
    if (login.status() != 200) {
      throw new IllegalStateException("clerk login failed: " + login.text());
    }
    return session;
  }

  String csrfToken() {
    return get("/ui/session").json().get("csrfToken").asText();
  }

  Reply get(String path) {
    return send(HttpRequest.newBuilder(server.uri(path)).GET());
  }

  Reply post(String path, String contentType, String body, String csrfToken) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (csrfToken != null) {
      request.header("X-CSRF-Token", csrfToken);
    }
    return send(request);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      return new Reply(
          client.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofByteArray()));
    } catch (IOException e) {
      throw new IllegalStateException("request failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
