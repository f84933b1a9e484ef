package jp.madoguchi.app.interfaces.rest.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.app.infrastructure.web.ProblemDocument;
import jp.madoguchi.app.interfaces.rest.JsonBody;
import jp.madoguchi.app.interfaces.rest.RestApplication;
import jp.madoguchi.app.interfaces.rest.StandardReasonPhrases;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI 3.0 document of the REST API, built from the resource classes themselves: paths and
 * methods from their JAX-RS annotations, words from their {@link Operation}, {@link APIResponse}
 * and {@link Tag} annotations, request bodies from the {@link JsonBody} records that {@link
 * JsonBodies} reads, response bodies from the returned records ({@link JsonSchemas}).
 */
final class OpenApiDocument {

  static final String VERSION = "3.0.3";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*(:[^}]*)?}");

  private final JsonSchemas schemas = new JsonSchemas();
  private final Map<String, ObjectNode> paths = new TreeMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private final Map<String, Integer> operationIds = new LinkedHashMap<>();

  private OpenApiDocument() {}

  /** The document of these resource classes (those without {@link Path} are left out). */
  static ObjectNode of(List<Class<?>> resources) {
    OpenApiDocument document = new OpenApiDocument();
    resources.stream()
        .filter(type -> type.isAnnotationPresent(Path.class))
        .sorted(Comparator.comparing(Class::getName))
        .forEach(document::resource);
    return document.toJson();
  }

  private void resource(Class<?> type) {
    String base =
        join(RestApplication.class.getAnnotation(ApplicationPath.class).value(), path(type));
    Tag tag = type.getAnnotation(Tag.class);
    if (tag != null && (!tags.containsKey(tag.name()) || tags.get(tag.name()).isEmpty())) {
      tags.put(tag.name(), tag.description());
    }
    Arrays.stream(type.getMethods())
        .filter(method -> httpMethod(method).isPresent())
        .sorted(Comparator.comparing(Method::getName))
        .forEach(method -> operation(type, tag, join(base, path(method)), method));
  }

  private void operation(Class<?> type, Tag tag, String template, Method method) {
    String path = TEMPLATE.matcher(template).replaceAll("{$1}");
    ObjectNode operation = NODES.objectNode();
    if (tag != null) {
      operation.withArray("tags").add(tag.name());
    }
    Operation about = method.getAnnotation(Operation.class);
    if (about != null) {
      putText(operation, "summary", about.summary());
      putText(operation, "description", about.description());
    }
    operation.put("operationId", operationId(type, method));
    roles(type, method, operation);
    ArrayNode parameters = parameters(method, path);
    if (!parameters.isEmpty()) {
      operation.set("parameters", parameters);
    }
    requestBody(type, method).ifPresent(body -> operation.set("requestBody", body));
    operation.set("responses", responses(type, method));
    paths
        .computeIfAbsent(path, p -> NODES.objectNode())
        .set(httpMethod(method).orElseThrow().toLowerCase(java.util.Locale.ROOT), operation);
  }

  /**
   * Who may call: {@code security: []} for an endpoint open to anyone, else the roles of its {@link
   * RolesAllowed} (the method's, else the class's) as {@code x-roles}.
   */
  private static void roles(Class<?> type, Method method, ObjectNode operation) {
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null && !method.isAnnotationPresent(PermitAll.class)) {
      roles = type.getAnnotation(RolesAllowed.class);
    }
    if (roles == null) {
      operation.putArray("security");
      return;
    }
    ArrayNode names = operation.putArray("x-roles");
    Arrays.stream(roles.value()).forEach(names::add);
  }

  private String operationId(Class<?> type, Method method) {
    String id =
        Character.toLowerCase(type.getSimpleName().charAt(0))
            + type.getSimpleName().substring(1).replace("Resource", "")
            + "_"
            + method.getName();
    int seen = operationIds.merge(id, 1, Integer::sum);
    return seen == 1 ? id : id + seen;
  }

  /** Path and query parameters; a template variable without {@link PathParam} is a string. */
  private ArrayNode parameters(Method method, String path) {
    ArrayNode parameters = NODES.arrayNode();
    List<String> named = new java.util.ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      PathParam inPath = parameter.getAnnotation(PathParam.class);
      QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
      if (inPath != null && path.contains("{" + inPath.value() + "}")) {
        named.add(inPath.value());
        parameters.add(parameter(inPath.value(), "path", parameter.getParameterizedType()));
      } else if (inQuery != null) {
        parameters.add(parameter(inQuery.value(), "query", parameter.getParameterizedType()));
      }
    }
    Matcher variables = TEMPLATE.matcher(path);
    while (variables.find()) {
      if (!named.contains(variables.group(1))) {
        parameters.add(parameter(variables.group(1), "path", String.class));
      }
    }
    return parameters;
  }

  private ObjectNode parameter(String name, String in, Type type) {
    ObjectNode parameter = NODES.objectNode().put("name", name).put("in", in);
    if (in.equals("path")) {
      parameter.put("required", true);
    }
    parameter.set("schema", schemas.of(type));
    return parameter;
  }

  private Optional<ObjectNode> requestBody(Class<?> type, Method method) {
    JsonBody shape = method.getAnnotation(JsonBody.class);
    ObjectNode body = NODES.objectNode();
    ObjectNode content = NODES.objectNode();
    if (shape != null) {
      content.putObject(MediaType.APPLICATION_JSON).set("schema", schemas.body(shape.value()));
      body.put("required", shape.required());
    } else if (hasEntity(method)) {
      for (String mediaType : mediaTypes(method.getAnnotation(Consumes.class), null)) {
        ObjectNode schema = NODES.objectNode().put("type", "string");
        if (!mediaType.startsWith("text/")) {
          schema.put("format", "binary");
        }
        content.putObject(mediaType).set("schema", schema);
      }
      body.put("required", true);
    }
    if (content.isEmpty()) {
      return Optional.empty();
    }
    body.set("content", content);
    return Optional.of(body);
  }

  /** A parameter that JAX-RS fills from the body: no parameter annotation at all. */
  private static boolean hasEntity(Method method) {
    return method.getAnnotation(Consumes.class) != null
        && Arrays.stream(method.getParameters())
            .anyMatch(parameter -> parameter.getAnnotations().length == 0);
  }

  private ObjectNode responses(Class<?> type, Method method) {
    ObjectNode responses = NODES.objectNode();
    List<String> produced =
        mediaTypes(method.getAnnotation(Produces.class), type.getAnnotation(Produces.class));
    boolean success = false;
    for (APIResponse declared : method.getAnnotationsByType(APIResponse.class)) {
      String code = declared.responseCode().isEmpty() ? "200" : declared.responseCode();
      ObjectNode response = NODES.objectNode();
      response.put(
          "description",
          declared.description().isEmpty() ? reasonPhrase(code) : declared.description());
      if (code.startsWith("2")) {
        success = true;
        content(declared.content(), method, produced, code)
            .ifPresent(c -> response.set("content", c));
      } else {
        response.set("content", problem());
      }
      responses.set(code, response);
    }
    if (!success) {
      boolean none = method.getReturnType() == void.class;
      String code = none ? "204" : "200";
      ObjectNode response = NODES.objectNode().put("description", reasonPhrase(code));
      if (!none) {
        content(new Content[0], method, produced, code).ifPresent(c -> response.set("content", c));
      }
      responses.set(code, response);
    }
    responses.set(
        "default",
        NODES
            .objectNode()
            .put("description", "エラー（application/problem+json）")
            .set("content", problem()));
    return sorted(responses);
  }

  /**
   * The declared schema of a success response, else the returned record (or list of records); a
   * {@link Response} or tree whose shape the method decides has no schema.
   */
  private Optional<ObjectNode> content(
      Content[] declared, Method method, List<String> produced, String code) {
    ObjectNode schema = null;
    for (Content content : declared) {
      if (content.schema().implementation() != Void.class) {
        schema = schemas.of(content.schema().implementation());
      }
    }
    Type returned = method.getGenericReturnType();
    if (schema == null && method.getReturnType() != Response.class) {
      schema = schemas.of(returned);
    }
    if (code.equals("204")) {
      return Optional.empty();
    }
    ObjectNode content = NODES.objectNode();
    for (String mediaType : produced) {
      ObjectNode media = content.putObject(mediaType);
      if (mediaType.equals(MediaType.APPLICATION_JSON) && schema != null && !schema.isEmpty()) {
        media.set("schema", schema);
      } else if (!mediaType.equals(MediaType.APPLICATION_JSON)) {
        media.putObject("schema").put("type", "string").put("format", "binary");
      }
    }
    return content.isEmpty() ? Optional.empty() : Optional.of(content);
  }

  private ObjectNode problem() {
    ObjectNode content = NODES.objectNode();
    content.putObject(ProblemDocument.MEDIA_TYPE).set("schema", schemas.of(ProblemDocument.class));
    return content;
  }

  private ObjectNode toJson() {
    ObjectNode document = NODES.objectNode().put("openapi", VERSION);
    OpenAPIDefinition definition = RestApplication.class.getAnnotation(OpenAPIDefinition.class);
    ObjectNode info = document.putObject("info");
    info.put("title", definition.info().title()).put("version", definition.info().version());
    putText(info, "description", definition.info().description());
    ArrayNode tagList = document.putArray("tags");
    tags.forEach(
        (name, description) -> {
          ObjectNode tag = tagList.addObject().put("name", name);
          putText(tag, "description", description);
        });
    ObjectNode pathNode = document.putObject("paths");
    paths.forEach(pathNode::set);
    ObjectNode components = document.putObject("components");
    components.set("schemas", schemas.components());
    ObjectNode security = components.putObject("securitySchemes");
    security.putObject("basic").put("type", "http").put("scheme", "basic");
    security.putObject("bearer").put("type", "http").put("scheme", "bearer");
    ArrayNode requirements = document.putArray("security");
    requirements.addObject().putArray("basic");
    requirements.addObject().putArray("bearer");
    return document;
  }

  static String reasonPhrase(String code) {
    int status = Integer.parseInt(code);
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null
        ? known.getReasonPhrase()
        : StandardReasonPhrases.MISSING.getOrDefault(status, "HTTP " + code);
  }

  private static List<String> mediaTypes(Annotation onMethod, Annotation onClass) {
    String[] values = null;
    if (onMethod instanceof Produces p) {
      values = p.value();
    } else if (onMethod instanceof Consumes c) {
      values = c.value();
    } else if (onClass instanceof Produces p) {
      values = p.value();
    }
    return values == null ? List.of(MediaType.APPLICATION_JSON) : List.of(values);
  }

  private static Optional<String> httpMethod(Method method) {
    return Arrays.stream(method.getAnnotations())
        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
        .filter(java.util.Objects::nonNull)
        .map(HttpMethod::value)
        .findFirst();
  }

  private static String path(java.lang.reflect.AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    return path == null ? "" : path.value();
  }

  private static String join(String left, String right) {
    String joined = "/" + left + "/" + right;
    joined = joined.replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  private static ObjectNode sorted(ObjectNode node) {
    ObjectNode sorted = NODES.objectNode();
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.stream().sorted().forEach(name -> sorted.set(name, node.get(name)));
    return sorted;
  }

  private static void putText(ObjectNode node, String field, String text) {
    if (text != null && !text.isEmpty()) {
      node.put(field, text);
    }
  }
}
