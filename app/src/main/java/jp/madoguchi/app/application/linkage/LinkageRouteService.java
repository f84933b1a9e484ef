package jp.madoguchi.app.application.linkage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
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
  @Inject Clock clock;

  @Transactional
  public List<ObjectNode> list() {
    return routes.current().stream().map(LinkageRouteService::view).toList();
  }

  @Transactional
  public ObjectNode get(String procedureCode, String routeName) {
    definition(procedureCode);
    return routes
        .current(procedureCode, name(routeName))
        .map(LinkageRouteService::view)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, procedureCode + " の連携ルートは未設定です"));
  }

  @Transactional
  public List<ObjectNode> history(String procedureCode, String routeName) {
    definition(procedureCode);
    return routes.history(procedureCode, name(routeName)).stream()
        .map(LinkageRouteService::view)
        .toList();
  }

  @Transactional
  public ObjectNode put(String procedureCode, String routeName, JsonNode body, String author) {
    ProcedureDefinition definition = definition(procedureCode);
    LinkageRouteConfig config = read(body, definition);
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

  /** The body as a configuration, or 422 naming every problem. */
  LinkageRouteConfig read(JsonNode body, ProcedureDefinition definition) {
    RouteConfigJson.Reading reading = new RouteConfigJson(JSON).read(body);
    if (reading.config().isEmpty()) {
      throw invalid(reading.violations());
    }
    List<ConfigViolation> violations =
        new RouteConfigValidator()
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

  static ObjectNode view(RouteVersion route) {
    ObjectNode view = JSON.createObjectNode();
    view.put("procedureCode", route.procedureCode());
    view.put("route", route.routeName());
    view.put("version", route.version());
    view.put("author", route.author());
    view.put("createdAt", route.createdAt().toString());
    view.setAll((ObjectNode) JSON.valueToTree(route.config()));
    return view;
  }
}
