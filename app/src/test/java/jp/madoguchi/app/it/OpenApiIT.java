package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.app.interfaces.rest.openapi.OpenApiChecks;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code /openapi} of the running server: a valid OpenAPI 3 document for swagger-parser, JSON by
 * default and YAML on request, and every sample submission valid against its request schema for a
 * JSON Schema validator, while bodies the server refuses are refused by the schema too.
 */
class OpenApiIT {

  private static final String SUBMIT = "/api/v1/applications";
  private static Reply reply;
  private static JsonNode document;
  private static Schema submission;

  @BeforeAll
  static void fetch() {
    reply = Api.anonymous().get("/openapi");
    document = reply.json();
    submission = OpenApiChecks.requestSchema(document, SUBMIT, "post");
  }

  @Test
  void theDocumentIsJsonByDefaultAndAStandardParserFindsNothingToSay() {
    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    assertThat(document.path("openapi").asText()).startsWith("3.0");

    assertThat(OpenApiChecks.problems(reply.text(), document)).isEmpty();
  }

  @Test
  void yamlOnRequestIsTheSameDocument() throws IOException {
    Reply byAccept =
        Api.anonymous()
            .send(Api.anonymous().request("/openapi").header("Accept", "application/yaml"));
    Reply byParameter = Api.anonymous().get("/openapi?format=yaml");

    for (Reply yaml : List.of(byAccept, byParameter)) {
      assertThat(yaml.status()).isEqualTo(200);
      assertThat(yaml.contentType()).startsWith("application/yaml");
      assertThat(new YAMLMapper().readTree(yaml.text())).isEqualTo(document);
    }
    Reply unknown = Api.anonymous().get("/openapi?format=xml");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  static Stream<Arguments> acceptedSamples() throws IOException {
    List<Arguments> samples = new ArrayList<>();
    for (String code : SampleApplications.codes()) {
      samples.add(Arguments.of(code + " valid", ApplicationJson.valid(code).json()));
    }
    for (String code : SampleApplications.codesWithWarnings()) {
      List<JsonNode> warned = SampleApplications.withWarnings(code, SampleApplications.today());
      for (int i = 0; i < warned.size(); i++) {
        samples.add(
            Arguments.of(
                code + " warning #" + i, ApplicationJson.fromSample(code, warned.get(i)).json()));
      }
    }
    try (Stream<Path> files = Files.list(Path.of("..", "docs", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        samples.add(Arguments.of(file.getFileName().toString(), Api.JSON.readTree(file.toFile())));
      }
    }
    return samples.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("acceptedSamples")
  void everySampleSubmissionIsValidAgainstTheDocumentedSchema(String name, JsonNode body) {
    assertThat(OpenApiChecks.errors(submission, body)).isEmpty();
  }

  @Test
  void theExamplesInDocsAreThere() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "docs", "examples"))) {
      assertThat(files.filter(f -> f.toString().endsWith(".json"))).isNotEmpty();
    }
  }

  @Test
  void aBodyTheServerRefusesIsRefusedByTheSchemaToo() {
    List<ObjectNode> refused = new ArrayList<>();
    refused.add(ApplicationJson.valid("CC-01").remove("receiptNumber").json());
    ObjectNode extraKey = ApplicationJson.valid("CC-01").json();
    extraKey.put("note", "ポータルにない項目");
    refused.add(extraKey);
    ObjectNode formAsText = ApplicationJson.valid("CC-01").json();
    formAsText.put("form", "児童手当");
    refused.add(formAsText);
    ObjectNode attachmentsAsObject = ApplicationJson.valid("CC-01").json();
    attachmentsAsObject.putObject("attachments");
    refused.add(attachmentsAsObject);

    for (ObjectNode body : refused) {
      assertThat(OpenApiChecks.errors(submission, body)).as(body.toString()).isNotEmpty();
      Reply answer = Api.portal().postJson(SUBMIT, body);
      assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    }
  }

  @Test
  void theResubmissionTakesTheSameSchema() {
    assertThat(
            document
                .at(
                    "/paths/~1api~1v1~1applications~1{receiptNumber}~1resubmission/post/requestBody"
                        + "/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Submission");
  }
}
