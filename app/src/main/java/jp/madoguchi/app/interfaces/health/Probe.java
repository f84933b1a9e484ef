package jp.madoguchi.app.interfaces.health;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * One check's work (a query, a request) run with a time limit, so that {@code /health} answers
 * within a second even when the database or the application hangs: each probe gets at most {@link
 * #LIMIT}, and no more than what is left of the request's budget ({@link #BUDGET}, started by
 * {@link HealthRequests}). A probe still running from an earlier request is not started again; the
 * check is DOWN until it ends.
 */
final class Probe {

  /** The most one probe may take. */
  static final Duration LIMIT = Duration.ofMillis(800);

  /** The most all probes of one health request may take together. */
  static final Duration BUDGET = Duration.ofMillis(900);

  private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

  private final String name;
  private final AtomicReference<Future<String>> running = new AtomicReference<>();

  Probe(String name) {
    this.name = name;
  }

  static void startBudget() {
    DEADLINE.set(System.nanoTime() + BUDGET.toNanos());
  }

  static void endBudget() {
    DEADLINE.remove();
  }

  /**
   * Runs {@code work} on {@code executor}; UP with its answer as {@code data} when it returns in
   * time, DOWN with {@code failure} (Japanese) when it throws, DOWN with a timeout note otherwise.
   */
  HealthCheckResponse run(ExecutorService executor, Callable<String> work, String failure) {
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name);
    Future<String> earlier = running.get();
    if (earlier != null && !earlier.isDone()) {
      return response.down().withData("error", "前回の確認がまだ終わっていません（応答が遅れています）").build();
    }
    Future<String> future = executor.submit(work);
    running.set(future);
    try {
      String data = future.get(waitNanos(), TimeUnit.NANOSECONDS);
      return data == null ? response.up().build() : response.up().withData("info", data).build();
    } catch (TimeoutException e) {
      return response.down().withData("error", LIMIT.toMillis() + "ミリ秒以内に応答がありません").build();
    } catch (ExecutionException e) {
      return response.down().withData("error", failure).build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return response.down().withData("error", failure).build();
    }
  }

  private static long waitNanos() {
    long limit = LIMIT.toNanos();
    Long deadline = DEADLINE.get();
    if (deadline == null) {
      return limit;
    }
    return Math.max(0, Math.min(limit, deadline - System.nanoTime()));
  }
}
