package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;

/** Linkage helpers for the tests: route configuration as IT staff, and polling with a deadline. */
public final class Linkage {

  static final Api IT_ADMIN = Api.as("itadmin", "itadmin-demo");
  static final Api CLERK = Api.as("clerk", "clerk-demo");
  static final Duration DEADLINE = Duration.ofSeconds(60);

  private Linkage() {}

  /** Waits until the supplier's value satisfies the condition; fails after the deadline. */
  static <T> T await(Supplier<T> value, Predicate<T> condition, String what) {
    Instant deadline = Instant.now().plus(DEADLINE);
    T last = value.get();
    while (!condition.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out waiting for " + what + "; last: " + last);
      }
      MadoguchiServer.get().pause(Duration.ofMillis(100));
      last = value.get();
    }
    return last;
  }

  static void awaitStatus(String applicationId, String status) {
    await(
        () -> CLERK.get("/api/v1/intake/" + applicationId).json().get("status").asText(),
        status::equals,
        "application " + applicationId + " to be " + status);
  }

  static Reply putRoute(String procedure, ObjectNode route) {
    return IT_ADMIN.send(
        IT_ADMIN
            .request("/api/v1/admin/linkage-routes/" + procedure)
            .header("Content-Type", "application/json")
            .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(route.toString())));
  }

  static void configure(String procedure, ObjectNode route) {
    Reply reply = putRoute(procedure, route);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
  }

  /** The deliveries of one receipt, from the admin list. */
  static JsonNode deliveriesOf(String procedure, String receipt) {
    ObjectNode result = Api.JSON.createObjectNode();
    var items = result.putArray("items");
    for (JsonNode d : IT_ADMIN.get("/api/v1/admin/deliveries?procedure=" + procedure).json()) {
      if (d.get("receiptNumber").asText().equals(receipt)) {
        items.add(d);
      }
    }
    return items;
  }

  /** The current route of the procedure, as a body that PUT takes back (to restore it). */
  static ObjectNode currentRoute(String procedure) {
    ObjectNode route =
        (ObjectNode) IT_ADMIN.get("/api/v1/admin/linkage-routes/" + procedure).json().deepCopy();
    route.remove(
        java.util.List.of(
            "procedureCode", "route", "version", "author", "createdAt", "myNumberUse"));
    return route;
  }

  /** The application's deliveries with their attempts, as its history shows them. */
  static JsonNode deliveryHistory(String applicationId) {
    Reply reply = CLERK.get("/api/v1/intake/" + applicationId + "/deliveries");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json();
  }

  /** The one delivery of the application, once it is in the status. */
  static JsonNode awaitDelivery(String applicationId, String status) {
    return await(
            () -> deliveryHistory(applicationId),
            h -> h.size() == 1 && h.get(0).get("delivery").get("status").asText().equals(status),
            "the delivery of " + applicationId + " to be " + status)
        .get(0);
  }

  /**
   * Confirms the one MANUAL delivery of an application as entered (転記済) with {@code coreReference},
   * as a clerk, once it waits for it; the application then is 基幹連携済.
   */
  static void confirmManualEntry(String applicationId, String coreReference) {
    String deliveryId =
        awaitDelivery(applicationId, "WAITING_MANUAL").get("delivery").get("id").asText();
    Reply done =
        CLERK.postJson(
            "/api/v1/manual-entries/" + deliveryId + "/done",
            Api.JSON.createObjectNode().put("coreReference", coreReference));
    assertThat(done.status()).as(done.text()).isEqualTo(200);
  }

  /** Submits, starts review and accepts; returns the submitted application. */
  static WorkflowIT.Submitted accepted(String procedure) {
    WorkflowIT.Submitted s = WorkflowIT.submit(procedure);
    assertThat(s.step(CLERK, "START_REVIEW", null).status()).isEqualTo(200);
    Reply accepted = s.step(CLERK, "ACCEPT", null);
    assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
    return s;
  }

  public static ObjectNode fileRoute(String pattern, String directory) {
    ObjectNode route = Api.JSON.createObjectNode().put("pattern", pattern).put("enabled", true);
    ObjectNode file = route.putObject("file").put("encoding", "CP932").put("header", true);
    if (directory != null) {
      file.put("directory", directory);
    }
    var columns = file.putArray("columns");
    columns.addObject().put("name", "受付番号").put("source", "receiptNumber");
    columns.addObject().put("name", "氏名").put("source", "applicant.name");
    columns.addObject().put("name", "住所").put("source", "applicant.address");
    return route;
  }

  static ObjectNode apiRoute(String url, int maxAttempts) {
    return apiRoute(url, maxAttempts, 5000);
  }

  static ObjectNode apiRoute(String url, int maxAttempts, int timeoutMs) {
    ObjectNode route =
        Api.JSON.createObjectNode().put("pattern", "DIRECT_API").put("enabled", true);
    route.putObject("api").put("url", url).put("timeoutMs", timeoutMs);
    route
        .putObject("retry")
        .put("maxAttempts", maxAttempts)
        .put("initialDelayMs", 50)
        .put("maxDelayMs", 200);
    return route;
  }

  /**
   * The files a FILE_EXPORT route has published in {@code directory} (temp files start with a dot).
   */
  static List<Path> exportedFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> !f.getFileName().toString().startsWith(".")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON text a core system received, as a tree. */
  static JsonNode json(String body) {
    try {
      return Api.JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
