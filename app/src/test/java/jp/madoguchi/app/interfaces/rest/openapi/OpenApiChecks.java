package jp.madoguchi.app.interfaces.rest.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What standard tools say about an OpenAPI document: the messages of swagger-parser (the parser of
 * swagger-cli and the Swagger tools), tags named twice, and keywords that constrain nothing ({@code
 * maxProperties: 0} and the like, which JSON Schema validators read as real limits); and request
 * bodies checked against the document's schema by a JSON Schema validator (networknt).
 */
public final class OpenApiChecks {

  /** Keywords with the value a generator writes when it means "not set". */
  private static final Map<String, JsonNode> FILLER =
      Map.of(
          "maxProperties", number(0),
          "minProperties", number(0),
          "minLength", number(0),
          "minItems", number(0),
          "uniqueItems", bool(false),
          "exclusiveMaximum", bool(false),
          "exclusiveMinimum", bool(false),
          "nullable", bool(false),
          "readOnly", bool(false),
          "writeOnly", bool(false));

  private OpenApiChecks() {}

  /** Every problem found; empty for a valid document. */
  public static List<String> problems(String documentText, JsonNode document) {
    List<String> problems = new ArrayList<>();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(documentText, null, options);
    if (parsed.getMessages() != null) {
      parsed.getMessages().forEach(message -> problems.add("swagger-parser: " + message));
    }
    if (parsed.getOpenAPI() == null) {
      problems.add("swagger-parser: not an OpenAPI document");
    }
    Set<String> tags = new HashSet<>();
    document
        .path("tags")
        .forEach(
            tag -> {
              if (!tags.add(tag.path("name").asText())) {
                problems.add("duplicate tag " + tag.path("name").asText());
              }
            });
    filler("", document, problems);
    return problems;
  }

  private static void filler(String path, JsonNode node, List<String> problems) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field -> {
                JsonNode meaningless = FILLER.get(field.getKey());
                boolean inSchema = path.contains("schema") || path.contains("/properties/");
                if (inSchema && meaningless != null && meaningless.equals(field.getValue())) {
                  problems.add(
                      "filler " + field.getKey() + ": " + field.getValue() + " at " + path);
                }
                filler(path + "/" + field.getKey(), field.getValue(), problems);
              });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        filler(path + "/" + i, node.get(i), problems);
      }
    }
  }

  /**
   * The JSON Schema of the {@code application/json} request body of an operation, with the
   * document's components beside it so that its references resolve.
   */
  public static Schema requestSchema(JsonNode document, String path, String method) {
    JsonNode bodySchema =
        document
            .path("paths")
            .path(path)
            .path(method)
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("schema");
    if (bodySchema.isMissingNode()) {
      throw new AssertionError("no JSON request body documented for " + method + " " + path);
    }
    ObjectNode schema = ((ObjectNode) bodySchema).deepCopy();
    schema.set("components", document.path("components"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
  }

  /** The validator's messages for one instance; empty when it is valid. */
  public static List<String> errors(Schema schema, JsonNode instance) {
    List<String> errors = new ArrayList<>();
    for (Error error : schema.validate(instance)) {
      errors.add(error.toString());
    }
    return errors;
  }

  private static JsonNode number(int value) {
    return com.fasterxml.jackson.databind.node.IntNode.valueOf(value);
  }

  private static JsonNode bool(boolean value) {
    return com.fasterxml.jackson.databind.node.BooleanNode.valueOf(value);
  }
}
