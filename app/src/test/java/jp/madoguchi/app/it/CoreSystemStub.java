package jp.madoguchi.app.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A core system with an API, played by a JDK HttpServer on 127.0.0.1: each path answers the
 * scripted statuses in turn (then its default), and remembers the Idempotency-Key of every call.
 */
final class CoreSystemStub implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();
  private final Map<String, Integer> defaults = new ConcurrentHashMap<>();
  private final Map<String, List<String>> keys = new ConcurrentHashMap<>();
  private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();
  private volatile long latencyMillis;

  CoreSystemStub() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          String received =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          pauseFor(latencyMillis);
          int status;
          synchronized (this) {
            keys.computeIfAbsent(path, p -> new ArrayList<>()).add(key);
            bodies.computeIfAbsent(path, p -> new ArrayList<>()).add(received);
            Deque<Integer> script = scripts.get(path);
            status =
                script != null && !script.isEmpty()
                    ? script.poll()
                    : defaults.getOrDefault(path, 200);
          }
          byte[] body =
              (status / 100 == 2 ? "{\"coreReference\":\"CORE-" + key + "\"}" : "{}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(status, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }

  /** Every answer comes this much later (a core system that takes its time). */
  void latency(Duration latency) {
    latencyMillis = latency.toMillis();
  }

  private static void pauseFor(long millis) {
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  synchronized void script(String path, int defaultStatus, Integer... first) {
    scripts.put(path, new ArrayDeque<>(List.of(first)));
    defaults.put(path, defaultStatus);
  }

  synchronized List<String> keysSeen(String path) {
    return List.copyOf(keys.getOrDefault(path, List.of()));
  }

  synchronized List<String> bodiesSeen(String path) {
    return List.copyOf(bodies.getOrDefault(path, List.of()));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
