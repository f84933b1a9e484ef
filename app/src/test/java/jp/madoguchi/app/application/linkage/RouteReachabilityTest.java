package jp.madoguchi.app.application.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.madoguchi.integration.config.ApiSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The route test's reachability: a real HTTP request to a real server, failures in Japanese. */
class RouteReachabilityTest {

  private HttpServer server;
  private final List<String> seen = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/core",
        exchange -> {
          seen.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("X-Api-Key"));
          exchange.sendResponseHeaders(405, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static ObjectNode tried(String url) {
    ObjectNode result = new ObjectMapper().createObjectNode();
    RouteReachability.http(
        new ApiSettings(URI.create(url), 0, 0, Map.of("X-Api-Key", "k")), result);
    return result;
  }

  @Test
  void anyHttpAnswerMeansReachableAndItsStatusIsShown() {
    ObjectNode result = tried("http://127.0.0.1:" + server.getAddress().getPort() + "/core");
    assertThat(result.get("reachable").asBoolean()).isTrue();
    assertThat(result.get("status").asInt()).isEqualTo(405);
    assertThat(result.get("detail").asText()).startsWith("HTTP 405 の応答がありました");
    assertThat(seen).containsExactly("HEAD k");
  }

  @Test
  void aClosedPortIsNamed() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    ObjectNode result = tried("http://127.0.0.1:" + closed + "/core");
    assertThat(result.get("reachable").asBoolean()).isFalse();
    assertThat(result.get("detail").asText()).startsWith("接続できません（127.0.0.1:" + closed + "）");
  }

  @Test
  void aFailedTlsHandshakeIsReportedAsSuch() throws Exception {
    try (ServerSocket plain = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Thread answer =
          new Thread(
              () -> {
                try (java.net.Socket client = plain.accept()) {
                  client
                      .getOutputStream()
                      .write(
                          "HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (java.io.IOException e) {
                  // the client gave up first
                }
              });
      answer.start();
      ObjectNode result = tried("https://127.0.0.1:" + plain.getLocalPort() + "/core");
      answer.join();
      assertThat(result.get("reachable").asBoolean()).isFalse();
      assertThat(result.get("detail").asText()).startsWith("TLSの接続を確立できません（127.0.0.1:");
    }
  }
}
