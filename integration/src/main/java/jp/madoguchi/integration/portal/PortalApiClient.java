package jp.madoguchi.integration.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The portal's pull API (docs/portal-pull.md): {@code POST /api/login} → token, {@code GET
 * /api/applications?state=new} → receipt numbers, {@code GET /api/applications/{r}/package} → the
 * ZIP, {@code POST /api/applications/{r}/receipt} {@code {"outcome", "reason"}} → confirmed.
 */
public final class PortalApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http;
  private final PortalConnection connection;

  public PortalApiClient(HttpClient http, PortalConnection connection) {
    this.http = http;
    this.connection = connection;
  }

  public String login() {
    byte[] body =
        json(Map.of("username", connection.username(), "password", connection.password()));
    HttpResponse<byte[]> response =
        send(
            request("/api/login")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
            "ログイン");
    String token = parse(response.body()).path("token").asText("");
    if (token.isEmpty()) {
      throw new PortalUnavailableException("ポータルのログイン応答にトークンがありません");
    }
    return token;
  }

  public List<String> listNew(String token) {
    HttpResponse<byte[]> response =
        send(authorised(request("/api/applications?state=new"), token).GET(), "一覧取得");
    List<String> receipts = new ArrayList<>();
    for (JsonNode item : parse(response.body()).path("items")) {
      receipts.add(item.path("receiptNumber").asText());
    }
    return receipts;
  }

  public byte[] fetch(String token, String receiptNumber) {
    return send(authorised(request(applicationPath(receiptNumber, "/package")), token).GET(), "取得")
        .body();
  }

  /** Confirms receipt with what became of the package: {@code {"outcome", "reason"}}. */
  public void confirm(String token, String receiptNumber, ReceivedPackages.Stored stored) {
    ObjectNode body = JSON.createObjectNode().put("outcome", stored.outcome().name());
    if (stored.reason() != null) {
      body.put("reason", stored.reason());
    }
    send(
        authorised(request(applicationPath(receiptNumber, "/receipt")), token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)),
        "受領通知");
  }

  private static String applicationPath(String receiptNumber, String suffix) {
    return "/api/applications/" + URLEncoder.encode(receiptNumber, StandardCharsets.UTF_8) + suffix;
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(connection.resolve(path)).timeout(connection.requestTimeout());
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
    return request.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<byte[]> send(HttpRequest.Builder request, String step) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new PortalUnavailableException("ポータルに接続できません（" + step + "）", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PortalUnavailableException("ポータルへの要求が中断されました（" + step + "）", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new PortalUnavailableException(
          "ポータルがエラーを返しました（" + step + "、HTTP " + response.statusCode() + "）");
    }
    return response;
  }

  private static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new PortalUnavailableException("ポータルの応答を解釈できません", e);
    }
  }
}
