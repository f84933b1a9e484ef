package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The limits of Payara Micro's own HTTP listener ({@code app/src/main/payara/http-limits.asadmin},
 * issue 17), straight to the server without a proxy: a connection whose request headers never end,
 * an idle keep-alive connection and a request body that stops half way are each ended by the server
 * (15 s keep-alive timeout, 20 s read timeout) instead of being held open. The three run at once;
 * each must end within 90 s (a busy machine delays the server's timers).
 */
class HttpListenerLimitsIT {

  private static final int GIVE_UP_MILLIS = 90_000;

  @Test
  void unfinishedHeadersIdleKeepAliveAndStalledBodiesAreEndedByTheServer() throws Exception {
    MadoguchiServer server = MadoguchiServer.get();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    CompletableFuture<Ending> headers =
        CompletableFuture.supplyAsync(
            () -> exchange(server, "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n"), pool);
    CompletableFuture<Ending> idle =
        CompletableFuture.supplyAsync(
            () -> exchange(server, "GET /health/live HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), pool);
    CompletableFuture<Ending> body =
        CompletableFuture.supplyAsync(
            () ->
                exchange(
                    server,
                    "POST /api/v1/applications HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Basic cG9ydGFsOnBvcnRhbC1kZW1v\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"),
            pool);

    Ending unfinished = headers.get();
    Ending keptAlive = idle.get();
    Ending stalled = body.get();
    pool.shutdown();
    System.out.printf(
        "[listener-limits] unfinished headers closed after %.1f s, idle keep-alive after %.1f s,"
            + " stalled body after %.1f s (%s)%n",
        unfinished.seconds(), keptAlive.seconds(), stalled.seconds(), stalled.statusLine());

    assertThat(unfinished.closedByServer()).as("unfinished headers").isTrue();
    assertThat(unfinished.answer()).isEmpty();
    assertThat(keptAlive.closedByServer()).as("idle keep-alive connection").isTrue();
    assertThat(keptAlive.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(stalled.closedByServer()).as("stalled body").isTrue();
    assertThat(stalled.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
    assertThat(stalled.answer()).doesNotContain("Exception");
    assertThat(server.log()).doesNotContain("OutOfMemoryError");
  }

  /** Sends {@code head}, then reads until the server closes or {@link #GIVE_UP_MILLIS} pass. */
  private static Ending exchange(MadoguchiServer server, String head) {
    long start = System.nanoTime();
    StringBuilder answer = new StringBuilder();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
      socket.setSoTimeout(GIVE_UP_MILLIS);
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
      }
      return new Ending(true, (System.nanoTime() - start) / 1e9, answer.toString());
    } catch (SocketTimeoutException stillOpen) {
      return new Ending(false, (System.nanoTime() - start) / 1e9, answer.toString());
    } catch (IOException e) {
      // a reset is the server ending the connection too
      return new Ending(true, (System.nanoTime() - start) / 1e9, answer.toString());
    }
  }

  private record Ending(boolean closedByServer, double seconds, String answer) {
    String statusLine() {
      int end = answer.indexOf("\r\n");
      return end < 0 ? answer : answer.substring(0, end);
    }
  }
}
