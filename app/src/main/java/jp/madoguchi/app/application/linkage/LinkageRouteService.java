package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.app.domain.linkage.SecretHeaders;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.validation.Violation;
import jp.madoguchi.integration.config.ConfigViolation;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.config.RouteConfigJson;
import jp.madoguchi.integration.config.RouteConfigValidator;

/**
 * 連携ルートの管理 by IT staff: every save is validated against the procedure definition and stored as a
 * new version with author and time; deliveries keep the version they were made with, and new
 * deliveries take the new one at once (no restart).
 */
@ApplicationScoped
public class LinkageRouteService {

  /** The route a procedure has unless IT staff name another (fan-out: ?route=…). */
  public static final String DEFAULT_ROUTE = "main";

  static final ObjectMapper JSON = new ObjectMapper();

  @Inject LinkageRoutes routes;
  @Inject ProcedureCatalog catalog;
  @Inject AuditLog audit;
  @Inject MyNumberUse myNumberUse;
  @Inject LinkageSettings settings;
  @Inject Clock clock;

  /**
   * Keys of a GET body that describe the stored version or the procedure (whether it is 個人番号利用事務
   * here); a PUT may send them back.
   */
  private static final List<String> READ_ONLY =
      List.of("version", "author", "createdAt", "myNumberUse");

  @Transactional
  public List<ObjectNode> list() {
    return routes.current().stream().map(this::view).toList();
  }

  @Transactional
  public ObjectNode get(String procedureCode, String routeName) {
    definition(procedureCode);
    return routes
        .current(procedureCode, name(routeName))
        .map(this::view)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, procedureCode + " の連携ルートは未設定です"));
  }

  @Transactional
  public List<ObjectNode> history(String procedureCode, String routeName) {
    definition(procedureCode);
    return routes.history(procedureCode, name(routeName)).stream().map(this::view).toList();
  }

  @Transactional
  public ObjectNode put(String procedureCode, String routeName, JsonNode body, String author) {
    ProcedureDefinition definition = definition(procedureCode);
    LinkageRouteConfig config = submitted(body, definition, name(routeName));
    RouteVersion saved =
        routes.save(procedureCode, name(routeName), config, author, clock.instant());
    audit.append(
        author,
        AuditAction.ROUTE_CHANGED,
        procedureCode,
        "route="
            + saved.routeName()
            + " version="
            + saved.version()
            + " pattern="
            + config.pattern());
    return view(saved);
  }

  /**
   * The body of a PUT (or of a test) as the configuration to use, or 422 naming every problem: the
   * body of a GET is accepted as it is (its read-only keys are ignored, {@code procedureCode} and
   * {@code route} must name this route), a secret header sent back as {@value SecretHeaders#MASK}
   * keeps the value stored in the current version, and a relative directory is read against the
   * first export root.
   */
  LinkageRouteConfig submitted(JsonNode body, ProcedureDefinition definition, String routeName) {
    LinkageRouteConfig config = read(editable(body, definition.code(), routeName), definition);
    if (config.file() != null && config.file().directoryPath().isPresent()) {
      Path directory = validator().resolve(config.file().directoryPath().get());
      config = config.withFile(config.file().withDirectory(directory.toString()));
    }
    return keepSecrets(config, definition.code(), routeName);
  }

  private static JsonNode editable(JsonNode body, String procedureCode, String routeName) {
    if (!(body instanceof ObjectNode object)) {
      return body;
    }
    ObjectNode editable = object.deepCopy();
    List<Violation> errors = new ArrayList<>();
    mustMatch(editable, "procedureCode", procedureCode, errors);
    mustMatch(editable, "route", routeName, errors);
    if (!errors.isEmpty()) {
      throw ApplicationProblem.invalid(errors);
    }
    READ_ONLY.forEach(editable::remove);
    return editable;
  }

  private static void mustMatch(
      ObjectNode body, String key, String expected, List<Violation> errors) {
    JsonNode sent = body.remove(key);
    if (sent != null && !sent.isNull() && !expected.equals(sent.asText())) {
      errors.add(new Violation(key, "readOnlyMismatch", key + " は " + expected + " です（変更できません）"));
    }
  }

  private LinkageRouteConfig keepSecrets(
      LinkageRouteConfig config, String procedureCode, String routeName) {
    config =
        SftpSecrets.keep(
            config, routes.current(procedureCode, routeName).map(RouteVersion::config));
    if (config.api() == null) {
      return config;
    }
    SecretHeaders secret = settings.secretHeaders();
    Map<String, String> stored =
        routes
            .current(procedureCode, routeName)
            .map(RouteVersion::config)
            .filter(c -> c.api() != null)
            .map(c -> c.api().headers())
            .orElse(Map.of());
    Map<String, String> headers = new LinkedHashMap<>();
    List<Violation> errors = new ArrayList<>();
    config
        .api()
        .headers()
        .forEach(
            (name, value) -> {
              if (!secret.isSecret(name) || !SecretHeaders.MASK.equals(value)) {
                headers.put(name, value);
                return;
              }
              stored.entrySet().stream()
                  .filter(e -> e.getKey().equalsIgnoreCase(name))
                  .findFirst()
                  .ifPresentOrElse(
                      e -> headers.put(name, e.getValue()),
                      () ->
                          errors.add(
                              new Violation(
                                  "api.headers." + name,
                                  "secretMissing",
                                  name + " の値は保存されていません。値を入力してください")));
            });
    if (!errors.isEmpty()) {
      throw ApplicationProblem.invalid(errors);
    }
    return config.withApi(config.api().withHeaders(headers));
  }

  private RouteConfigValidator validator() {
    return new RouteConfigValidator(settings.exportRoots());
  }

  /** The body as a configuration, or 422 naming every problem. */
  LinkageRouteConfig read(JsonNode body, ProcedureDefinition definition) {
    RouteConfigJson.Reading reading = new RouteConfigJson(JSON).read(body);
    if (reading.config().isEmpty()) {
      throw invalid(reading.violations());
    }
    List<ConfigViolation> violations =
        validator()
            .validate(
                reading.config().get(), definition, myNumberUse.isMyNumberUse(definition.code()));
    if (!violations.isEmpty()) {
      throw invalid(violations);
    }
    return reading.config().get();
  }

  ProcedureDefinition definition(String procedureCode) {
    return catalog
        .latest(procedureCode)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, "手続 " + procedureCode + " はありません"));
  }

  static String name(String routeName) {
    return routeName == null || routeName.isBlank() ? DEFAULT_ROUTE : routeName;
  }

  private static ApplicationProblem invalid(List<ConfigViolation> violations) {
    List<Violation> errors = new ArrayList<>();
    for (ConfigViolation v : violations) {
      errors.add(new Violation(v.field(), v.code(), v.message()));
    }
    return ApplicationProblem.invalid(errors);
  }

  /**
   * A route version as the API shows it: secret header values as {@value SecretHeaders#MASK}, and
   * {@code myNumberUse}, whether {@code includeMyNumber} is allowed for the procedure.
   */
  ObjectNode view(RouteVersion route) {
    ObjectNode view = JSON.createObjectNode();
    view.put("procedureCode", route.procedureCode());
    view.put("route", route.routeName());
    view.put("version", route.version());
    view.put("author", route.author());
    view.put("createdAt", route.createdAt().toString());
    view.put("myNumberUse", myNumberUse.isMyNumberUse(route.procedureCode()));
    view.setAll((ObjectNode) JSON.valueToTree(route.config()));
    if (view.path("api").path("headers") instanceof ObjectNode headers) {
      SecretHeaders secret = settings.secretHeaders();
      List<String> names = new ArrayList<>();
      headers.fieldNames().forEachRemaining(names::add);
      names.stream().filter(secret::isSecret).forEach(n -> headers.put(n, SecretHeaders.MASK));
    }
    SftpSecrets.mask(view);
    return view;
  }
}
