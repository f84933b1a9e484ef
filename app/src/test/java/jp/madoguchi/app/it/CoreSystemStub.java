package jp.madoguchi.app.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A core system with an API, played by a JDK HttpServer on 127.0.0.1. Each path gives its scripted
 * answers in turn (then its default status). It remembers every call: the {@code Idempotency-Key},
 * the body, when it came, when and how it was answered. A key answered with success exactly once is
 * an application delivered exactly once.
 */
final class CoreSystemStub implements AutoCloseable, AfterAllCallback {

  /**
   * One scripted answer: a status, an optional Retry-After header, a delay before answering and a
   * body (null: the usual one, {@code coreReference} on success, {@code {}} otherwise).
   */
  record Answer(int status, String retryAfter, Duration delay, String body) {
    static Answer status(int status) {
      return new Answer(status, null, Duration.ZERO, null);
    }

    static Answer retryAfter(int status, String retryAfter) {
      return new Answer(status, retryAfter, Duration.ZERO, null);
    }

    /** Answers only after the delay: longer than the route's timeout, the caller gives up. */
    static Answer slow(int status, Duration delay) {
      return new Answer(status, null, delay, null);
    }

    /** An error answered as problem+json with this {@code detail}. */
    static Answer problem(int status, String detail) {
      return new Answer(
          status,
          null,
          Duration.ZERO,
          Api.JSON
              .createObjectNode()
              .put("type", "about:blank")
              .put("title", "Unprocessable")
              .put("status", status)
              .put("detail", detail)
              .toString());
    }
  }

  /**
   * One call as the stub saw it: when it came, when it was answered, with what, and the {@code
   * X-Api-Key} it carried.
   */
  record Call(
      String key, String body, Instant receivedAt, Instant answeredAt, int status, String apiKey) {}

  private final HttpServer server;
  private final ExecutorService handlers = Executors.newCachedThreadPool();
  private final Map<String, Deque<Answer>> scripts = new HashMap<>();
  private final Map<String, Integer> defaults = new HashMap<>();
  private final Map<String, List<Call>> calls = new HashMap<>();
  private volatile Duration latency = Duration.ZERO;

  /** Registered with {@code @RegisterExtension}, the stub stops after the test class. */
  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  CoreSystemStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Instant receivedAt = Instant.now();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    Answer answer = next(path);
    Duration delay = answer.delay().plus(latency);
    if (!delay.isZero()) {
      slowDown(delay);
    }
    String text =
        answer.body() != null
            ? answer.body()
            : answer.status() / 100 == 2 ? "{\"coreReference\":\"CORE-" + key + "\"}" : "{}";
    byte[] response = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (answer.retryAfter() != null) {
      exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
    }
    Instant answeredAt = Instant.now();
    String apiKey = exchange.getRequestHeaders().getFirst("X-Api-Key");
    record(path, new Call(key, body, receivedAt, answeredAt, answer.status(), apiKey));
    try {
      exchange.sendResponseHeaders(answer.status(), response.length);
      exchange.getResponseBody().write(response);
    } catch (IOException e) {
      // the caller gave up waiting (its read timeout); the stub has still done its work
    } finally {
      exchange.close();
    }
  }

  /** Every answer comes this much later (a core system that takes its time). */
  void latency(Duration latency) {
    this.latency = latency;
  }

  /** The core system is slow to answer (not a test waiting: the test polls with a deadline). */
  private static void slowDown(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized Answer next(String path) {
    Deque<Answer> script = scripts.get(path);
    return script != null && !script.isEmpty()
        ? script.poll()
        : Answer.status(defaults.getOrDefault(path, 200));
  }

  private synchronized void record(String path, Call call) {
    calls.computeIfAbsent(path, p -> new ArrayList<>()).add(call);
  }

  /** The path answers these statuses first, then {@code defaultStatus} to every call. */
  synchronized void script(String path, int defaultStatus, Integer... first) {
    Deque<Answer> answers = new ArrayDeque<>();
    for (Integer status : first) {
      answers.add(Answer.status(status));
    }
    answer(path, defaultStatus, answers.toArray(Answer[]::new));
  }

  synchronized void answer(String path, int defaultStatus, Answer... first) {
    scripts.put(path, new ArrayDeque<>(List.of(first)));
    defaults.put(path, defaultStatus);
  }

  /** Every call to the path in the order they were answered. */
  synchronized List<Call> calls(String path) {
    return List.copyOf(calls.getOrDefault(path, List.of()));
  }

  synchronized List<String> keysSeen(String path) {
    return calls(path).stream().map(Call::key).toList();
  }

  synchronized List<String> bodiesSeen(String path) {
    return calls(path).stream().map(Call::body).toList();
  }

  /** How many calls with this Idempotency-Key (on any path) were answered with success. */
  synchronized long successes(String key) {
    return calls.values().stream()
        .flatMap(List::stream)
        .filter(c -> key.equals(c.key()) && c.status() / 100 == 2)
        .count();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
  }
}
