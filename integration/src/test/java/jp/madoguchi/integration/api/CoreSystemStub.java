package jp.madoguchi.integration.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A core system on 127.0.0.1 (JDK HttpServer, port 0) answering from a script of responses; when
 * the script runs out it answers 201 with a coreReference. Records every request it saw.
 */
public final class CoreSystemStub implements AutoCloseable {

  /** One scripted answer; {@code hangs} answers nothing until the stub is closed. */
  public record Answer(int status, String body, Map<String, String> headers, boolean hangs) {
    public static Answer status(int status) {
      return new Answer(status, "{\"error\":\"山田 太郎 の申請は不正です\"}", Map.of(), false);
    }

    public static Answer status(int status, String body) {
      return new Answer(status, body, Map.of(), false);
    }

    public static Answer retryAfter(int status, String seconds) {
      return new Answer(status, "", Map.of("Retry-After", seconds), false);
    }

    public static Answer noAnswer() {
      return new Answer(0, "", Map.of(), true);
    }
  }

  /** What the stub received. */
  public record Received(String idempotencyKey, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final Deque<Answer> script = new ArrayDeque<>();
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  public CoreSystemStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/core/applications", this::handle);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  public URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/core/applications");
  }

  public synchronized CoreSystemStub then(Answer... answers) {
    script.addAll(List.of(answers));
    return this;
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  private synchronized Answer next() {
    return script.isEmpty() ? null : script.poll();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    received.add(new Received(key, Map.copyOf(exchange.getRequestHeaders()), body));
    Answer answer = next();
    if (answer == null) {
      answer = new Answer(201, "{\"coreReference\":\"CORE-" + key + "\"}", Map.of(), false);
    }
    if (answer.hangs()) {
      awaitClose();
      exchange.close();
      return;
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void awaitClose() {
    try {
      closing.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
