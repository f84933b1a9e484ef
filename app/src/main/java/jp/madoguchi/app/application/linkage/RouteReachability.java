package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;
import jp.madoguchi.integration.config.ApiSettings;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.engine.SftpProbe;

/**
 * The reachability part of a route test: for DIRECT_API a real HTTP request (HEAD, TLS handshake
 * included, the route's headers, a short timeout) whose status or failure is reported in Japanese;
 * for an SFTP route a login that checks the pinned host key and the directory.
 */
final class RouteReachability {

  static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** One client for all route tests: redirects are reported, not followed. */
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private RouteReachability() {}

  static void http(ApiSettings api, ObjectNode result) {
    URI url = api.url();
    result.put("url", url.toString());
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .method("HEAD", HttpRequest.BodyPublishers.noBody());
    for (Map.Entry<String, String> header : api.headers().entrySet()) {
      request.header(header.getKey(), header.getValue());
    }
    try {
      HttpResponse<Void> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.discarding());
      result.put("reachable", true);
      result.put("status", response.statusCode());
      result.put("detail", "HTTP " + response.statusCode() + " の応答がありました（HEAD " + url + "）");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      unreachable(result, "確認が中断されました");
    } catch (IOException e) {
      unreachable(result, reason(e, url));
    }
  }

  static void sftp(FileSettings file, ObjectNode result) {
    SftpProbe.Result probe = SftpProbe.check(file);
    result.put("url", file.sftpAddress().map(Object::toString).orElse(file.directory()));
    result.put("reachable", probe.ok());
    result.put("detail", probe.detail());
  }

  private static void unreachable(ObjectNode result, String detail) {
    result.put("reachable", false);
    result.put("detail", detail);
  }

  /** The failure in Japanese, with the library's own words where they help. */
  static String reason(IOException failure, URI url) {
    String host = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SSLException) {
        return "TLSの接続を確立できません（" + host + "）: " + t.getMessage();
      }
      if (t instanceof UnknownHostException) {
        return "ホスト名を解決できません: " + url.getHost();
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "接続がタイムアウトしました（" + TIMEOUT.toSeconds() + " 秒、" + host + "）";
      }
      if (t instanceof HttpTimeoutException) {
        return "応答がありません（" + TIMEOUT.toSeconds() + " 秒、" + host + "）";
      }
      if (t instanceof ConnectException) {
        return "接続できません（" + host + "）: 接続を拒否されたか、到達できません";
      }
    }
    return "接続できません（" + host + "）: " + failure.getClass().getSimpleName();
  }
}
