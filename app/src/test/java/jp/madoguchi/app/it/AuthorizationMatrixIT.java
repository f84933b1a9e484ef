package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The role matrix of authorization-matrix.csv, cell by cell, against the running server. */
class AuthorizationMatrixIT {

  private static final List<String> CALLERS =
      List.of("anonymous", "PORTAL", "CLERK", "SUPERVISOR", "IT_ADMIN", "BATCH", "AUDITOR");

  private static final Map<String, Api> APIS =
      Map.of(
          "PORTAL", Api.as("portal", "portal-demo"),
          "CLERK", Api.as("clerk", "clerk-demo"),
          "SUPERVISOR", Api.as("supervisor", "supervisor-demo"),
          "IT_ADMIN", Api.as("itadmin", "itadmin-demo"),
          "BATCH", Api.as("batch", "batch-demo"),
          "AUDITOR", Api.as("auditor", "auditor-demo"));

  record Row(String method, String path, List<String> expected) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in =
        AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
          continue;
        }
        String[] cells = line.strip().split(",");
        rows.add(new Row(cells[0], cells[1], List.of(cells).subList(2, cells.length)));
      }
    }
    return rows;
  }

  static Stream<Arguments> cells() throws IOException {
    return rows().stream()
        .flatMap(
            row ->
                java.util.stream.IntStream.range(0, CALLERS.size())
                    .mapToObj(
                        i ->
                            Arguments.of(
                                row.method() + " " + row.path(),
                                CALLERS.get(i),
                                row.expected().get(i))));
  }

  @ParameterizedTest(name = "{0} as {1} → {2}")
  @MethodSource("cells")
  void eachRoleGetsWhatTheMatrixSays(String endpoint, String caller, String expected) {
    String[] parts = endpoint.split(" ", 2);
    Api api = caller.equals("anonymous") ? Api.anonymous() : APIS.get(caller);
    HttpRequest.Builder request = api.request(fill(parts[1]));
    if (parts[0].equals("GET")) {
      request.GET();
    } else {
      request
          .header("Content-Type", "application/json")
          .method(parts[0], HttpRequest.BodyPublishers.ofString("{}"));
    }

    Reply reply = api.send(request);

    if (expected.equals("ok")) {
      assertThat(reply.status()).as(reply.text()).isNotIn(401, 403).isLessThan(500);
    } else {
      assertThat(reply.status()).as(reply.text()).isEqualTo(Integer.parseInt(expected));
      assertThat(reply.contentType()).startsWith("application/problem+json");
    }
  }

  @Test
  void everyEndpointInTheOpenApiDocumentIsInTheMatrix() throws IOException {
    JsonNode paths =
        Api.anonymous()
            .send(Api.anonymous().request("/openapi").header("Accept", "application/json").GET())
            .json()
            .get("paths");
    Set<String> documented = new HashSet<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        method -> documented.add(method.toUpperCase() + " " + path.getKey())));
    Set<String> inMatrix = new HashSet<>();
    rows().forEach(row -> inMatrix.add(row.method() + " " + row.path()));

    assertThat(documented).hasSizeGreaterThanOrEqualTo(30).contains("POST /api/v1/applications");
    assertThat(inMatrix).containsAll(documented);
  }

  private static String fill(String path) {
    return path.replace("{code}", "CC-01")
        .replace("{version}", "1")
        .replace("{receiptNumber}", "NO-SUCH-RECEIPT")
        .replace("{id}", UUID.randomUUID().toString())
        .replace("{attachmentId}", UUID.randomUUID().toString())
        .replace("{username}", "no-such-user")
        .replace("{name}", "no-such-client")
        .replace("{procedureCode}", "XX-99")
        .replace("{deliveryId}", UUID.randomUUID().toString())
        .replace("{batchId}", UUID.randomUUID().toString());
  }
}
