package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad request gets a clear Japanese problem+json answer and stores nothing. */
class BadInputIT {

  private Map<String, Long> before;

  @BeforeEach
  void countRows() {
    before = MadoguchiServer.get().database().rowCounts();
  }

  @AfterEach
  void nothingWasStored() {
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
  }

  @Test
  void wrongMyNumberCheckDigitIs422NamingApplicantMyNumber() {
    Reply reply =
        submit(ApplicationJson.valid("CC-01").applicant("myNumber", "123456789011").json());

    assertThat(reply.status()).isEqualTo(422);
    assertThat(fields(reply)).containsExactly("applicant.myNumber");
    JsonNode error = reply.json().get("errors").get(0);
    assertThat(error.get("code").asText()).isEqualTo("checkDigit");
    assertThat(error.get("message").asText()).contains("個人番号");
  }

  @Test
  void malformedJsonIs400Problem() {
    Reply reply =
        Api.portal()
            .post(
                "/api/v1/applications",
                "application/json",
                "{\"receiptNumber\": ".getBytes(StandardCharsets.UTF_8));

    assertProblem(reply, 400);
  }

  @Test
  void everyMissingOrInvalidFieldIsListedAtOnce() {
    JsonNode body =
        ApplicationJson.valid("CC-01")
            .remove("submittedAt")
            .set("municipalityCode", "131017")
            .applicant("nameKana", "Yamada Taro")
            .applicant("birthDate", "2999-01-01")
            .json();

    Reply reply = submit(body);

    assertProblem(reply, 422);
    assertThat(fields(reply))
        .contains("submittedAt", "municipalityCode", "applicant.nameKana", "applicant.birthDate");
    reply.json().get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
  }

  @Test
  void unknownProcedureIs422OnProcedureCode() {
    Reply reply = submit(ApplicationJson.valid("CC-01").set("procedureCode", "XX-99").json());

    assertProblem(reply, 422);
    assertThat(fields(reply)).containsExactly("procedureCode");
  }

  @Test
  void attachmentThatIsNotPdfJpegOrPngIs422() {
    byte[] macroWorkbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    Reply reply =
        submit(
            ApplicationJson.valid("DIS-01")
                .attach("estimate.xlsm", "application/pdf", macroWorkbook)
                .json());

    assertProblem(reply, 422);
    assertThat(reply.json().get("errors").get(0).get("code").asText()).isEqualTo("officeOrArchive");
    assertThat(fields(reply).get(0)).startsWith("attachments[").endsWith("].content");
  }

  @Test
  void wrongContentTypeIs415() {
    Reply reply =
        Api.portal()
            .post(
                "/api/v1/applications",
                "text/plain",
                ApplicationJson.valid("CC-01").json().toString().getBytes(StandardCharsets.UTF_8));

    assertProblem(reply, 415);
  }

  @Test
  void bodyDeclaredOverTheLimitIs413WithoutBeingParsed() {
    byte[] body = new byte[31 * 1024 * 1024];
    Reply reply = Api.portal().post("/api/v1/applications", "application/json", body);

    assertProblem(reply, 413);
  }

  @Test
  void bodyDeclaredOverTheLimitIs413BeforeAClientThatAsksToContinueSendsIt() {
    byte[] body = new byte[31 * 1024 * 1024];
    Reply reply =
        Api.portal()
            .send(
                Api.portal()
                    .request("/api/v1/applications")
                    .expectContinue(true)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertProblem(reply, 413);
  }

  @Test
  void streamedBodyOverTheLimitIs413() {
    InputStream endless = new OversizedJson(31L * 1024 * 1024);
    Reply reply =
        Api.portal()
            .send(
                Api.portal()
                    .request("/api/v1/applications")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless)));

    assertProblem(reply, 413);
  }

  /** A JSON endpoint, who may call it, and one key its body has. */
  record Endpoint(String user, String method, String path, String knownKey) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static Stream<Endpoint> jsonEndpoints() {
    String id = UUID.randomUUID().toString();
    return Stream.of(
        new Endpoint("portal", "POST", "/api/v1/applications", "receiptNumber"),
        new Endpoint("portal", "POST", "/api/v1/applications/NO-SUCH-1/resubmission", "form"),
        new Endpoint("portal", "POST", "/api/v1/applications/NO-SUCH-1/withdrawal", "reason"),
        new Endpoint("clerk", "POST", "/api/v1/intake/" + id + "/transitions", "expectedVersion"),
        new Endpoint("clerk", "PUT", "/api/v1/intake/" + id + "/damage-grade", "ratioPercent"),
        new Endpoint("clerk", "POST", "/api/v1/intake/" + id + "/comments", "body"),
        new Endpoint("supervisor", "POST", "/api/v1/intake/" + id + "/my-number", "reason"),
        new Endpoint("supervisor", "POST", "/api/v1/intake/" + id + "/assign", "assignee"),
        new Endpoint("clerk", "POST", "/api/v1/manual-entries/" + id + "/done", "coreReference"),
        new Endpoint("batch", "POST", "/api/v1/batches/" + id + "/ack", "rejected"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/deliveries/retry", "procedure"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/users", "username"),
        new Endpoint("itadmin", "PUT", "/api/v1/admin/users/clerk/roles", "roles"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/users/clerk/password", "password"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/api-clients", "expiresInDays"),
        new Endpoint("itadmin", "PUT", "/api/v1/admin/resident-certificates", "serial"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/resident-certificates/remove", "serial"),
        new Endpoint("itadmin", "PUT", "/api/v1/admin/linkage-routes/DIS-01", "retry"),
        new Endpoint("itadmin", "POST", "/api/v1/admin/linkage-routes/DIS-01/test", "api"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsonEndpoints")
  void everyJsonEndpointReadsItsBodyStrictly(Endpoint endpoint) {
    Reply unknown = call(endpoint, "{\"unexpected\": [1, 2, 3]}");
    assertProblem(unknown, 422);
    assertThat(fields(unknown)).containsExactly("unexpected");

    Reply trailing = call(endpoint, "{\"" + endpoint.knownKey() + "\": null} trailing");
    assertProblem(trailing, 400);

    Reply infinite = call(endpoint, "{\"" + endpoint.knownKey() + "\": 1e309}");
    assertProblem(infinite, 422);
    assertThat(fields(infinite)).containsExactly(endpoint.knownKey());

    Reply surrogate = call(endpoint, "{\"" + endpoint.knownKey() + "\": \"\\ud800\"}");
    assertProblem(surrogate, 400);
  }

  @Test
  void aUserWithAnUnknownKeyIsNotCreated() {
    String username = "strict" + UUID.randomUUID().toString().substring(0, 8);
    Reply reply =
        call(
            new Endpoint("itadmin", "POST", "/api/v1/admin/users", "username"),
            "{\"username\": \""
                + username
                + "\", \"password\": \"Correct-Horse-9-battery\", \"roles\": [\"CLERK\"],"
                + " \"isAdmin\": true}");

    assertProblem(reply, 422);
    assertThat(fields(reply)).containsExactly("isAdmin");
    assertThat(Api.as("itadmin", "itadmin-demo").get("/api/v1/admin/users").text())
        .doesNotContain(username);
  }

  private static Reply call(Endpoint endpoint, String body) {
    Api api = Api.as(endpoint.user(), endpoint.user() + "-demo");
    return api.send(
        api.request(endpoint.path())
            .header("Content-Type", "application/json")
            .method(
                endpoint.method(),
                HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8))));
  }

  private static Reply submit(JsonNode body) {
    return Api.portal().postJson("/api/v1/applications", body);
  }

  private static void assertProblem(Reply reply, int status) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("type").asText()).startsWith("urn:madoguchi:problem:");
    assertThat(problem.get("title").asText())
        .matches(".*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*");
    assertThat(reply.text())
        .doesNotContain("Exception")
        .doesNotContain("at jp.")
        .doesNotContain("SQL");
  }

  private static List<String> fields(Reply reply) {
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    return fields;
  }

  /** A JSON document that starts well and goes on with one long string past any limit. */
  private static final class OversizedJson extends InputStream {
    private final byte[] head = "{\"receiptNumber\": \"".getBytes(StandardCharsets.US_ASCII);
    private final long size;
    private long position;

    OversizedJson(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (position >= size) {
        return -1;
      }
      int b = position < head.length ? head[(int) position] : 'A';
      position++;
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (position >= size) {
        return -1;
      }
      int n = (int) Math.min(length, size - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = (byte) read();
      }
      return n;
    }
  }
}
