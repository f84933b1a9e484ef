package jp.madoguchi.app.interfaces.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jp.madoguchi.app.interfaces.rest.BodyShape;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RestApplication;
import jp.madoguchi.app.interfaces.rest.intake.SubmissionDocument;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The document built from the resource classes, read by the standard tools. */
class OpenApiDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static List<Class<?>> resources;
  private static ObjectNode document;

  @BeforeAll
  static void build() throws Exception {
    resources = resourceClasses();
    document = OpenApiDocument.of(resources);
  }

  @Test
  void aStandardParserFindsNothingToSay() throws IOException {
    assertThat(OpenApiChecks.problems(JSON.writeValueAsString(document), document)).isEmpty();
    assertThat(document.path("paths").size()).isGreaterThanOrEqualTo(50);
    assertThat(document.path("paths").has("/api/v1/applications/{receiptNumber}/status")).isTrue();
  }

  @Test
  void rolesComeFromTheSecurityAnnotations() {
    assertThat(document.at("/paths/~1api~1v1~1procedures/get/security").isArray()).isTrue();
    assertThat(document.at("/paths/~1api~1v1~1procedures/get/security")).isEmpty();
    assertThat(document.at("/paths/~1api~1v1~1applications/post/x-roles"))
        .extracting(JsonNode::asText)
        .containsExactly("PORTAL");
    assertThat(document.at("/paths/~1api~1v1~1intake~1{id}~1my-number/post/x-roles"))
        .extracting(JsonNode::asText)
        .containsExactly("SUPERVISOR");
  }

  @Test
  void theChecksFindTheDefectsOfTheDocumentPayaraGenerated() throws IOException {
    String old;
    try (InputStream in = getClass().getResourceAsStream("/openapi/payara-generated.json")) {
      old = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    List<String> problems = OpenApiChecks.problems(old, JSON.readTree(old));

    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("endpoints").contains("unexpected"))
        .anySatisfy(p -> assertThat(p).isEqualTo("duplicate tag Intake queue"))
        .anySatisfy(p -> assertThat(p).isEqualTo("duplicate tag Linkage administration"))
        .anySatisfy(p -> assertThat(p).isEqualTo("duplicate tag Portal"))
        .anySatisfy(p -> assertThat(p).contains("/status").contains("description"))
        .anySatisfy(p -> assertThat(p).startsWith("filler maxProperties: 0"));
  }

  @Test
  void theSubmissionSchemaIsTheRecordTheStrictReaderReads() {
    JsonNode submission = document.path("components").path("schemas").path("Submission");

    Set<String> documented = new TreeSet<>();
    submission.path("properties").fieldNames().forEachRemaining(documented::add);
    assertThat(documented).isEqualTo(new TreeSet<>(BodyShape.keysOf(SubmissionDocument.class)));
    assertThat(submission.path("additionalProperties").asBoolean(true)).isFalse();
    assertThat(submission.path("required"))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(
            "receiptNumber",
            "procedureCode",
            "submittedAt",
            "municipalityCode",
            "applicant",
            "form");
    assertThat(submission.path("properties").path("form").path("type").asText())
        .isEqualTo("object");
    assertThat(
            document
                .at(
                    "/paths/~1api~1v1~1applications/post/requestBody/content/application~1json/schema/$ref")
                .asText())
        .isEqualTo("#/components/schemas/Submission");
  }

  @Test
  void theApplicantRecordHasTheFieldsOfTheCatalogsApplicantBlock() {
    Set<String> catalog = new TreeSet<>();
    ProcedureCatalog.loadDefault()
        .latest("CC-01")
        .orElseThrow()
        .applicant()
        .fields()
        .forEach(field -> catalog.add(field.key()));

    Set<String> record = new TreeSet<>();
    Arrays.stream(SubmissionDocument.ApplicantDocument.class.getRecordComponents())
        .forEach(c -> record.add(c.getName()));
    assertThat(record).isEqualTo(catalog);
  }

  @Test
  void everyMethodReadingAJsonBodyNamesItsShape() {
    List<String> undocumented = new ArrayList<>();
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        boolean readsJson =
            consumes != null
                && Arrays.asList(consumes.value()).contains(MediaType.APPLICATION_JSON)
                && Arrays.asList(method.getParameterTypes()).contains(InputStream.class);
        if (readsJson && !method.isAnnotationPresent(JsonBody.class)) {
          undocumented.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(undocumented).isEmpty();
  }

  @Test
  void theYamlIsTheSameDocument() throws IOException {
    JsonNode fromYaml = new YAMLMapper().readTree(YamlText.of(document));

    assertThat(fromYaml).isEqualTo(document);
  }

  /**
   * The classes with {@code @Path} in {@code interfaces.rest} and its feature packages, from the
   * compiled classes directory.
   */
  private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    var directory =
        Paths.get(RestApplication.class.getResource("RestApplication.class").toURI()).getParent();
    String rootPackage = RestApplication.class.getPackageName();
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(directory)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          String relative = directory.relativize(file).toString().replace('\\', '/');
          String className =
              rootPackage + "." + relative.substring(0, relative.length() - 6).replace('/', '.');
          try {
            Class<?> type = Class.forName(className);
            if (type.isAnnotationPresent(Path.class)) {
              found.add(type);
            }
          } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return found;
  }
}
