package jp.madoguchi.app.application.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.ProcedureAssignment;
import jp.madoguchi.app.domain.account.ProcedureAssignments;
import jp.madoguchi.app.domain.account.ProcedureGroups;
import jp.madoguchi.app.domain.account.ProcedureScope;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;

/**
 * The one guard of 担当手続の限定: which procedures a staff member may see, and the application by id only
 * when its procedure is among them. Outside the scope answers exactly as an unknown id (404), so
 * that the existence of an application is not revealed.
 */
@ApplicationScoped
public class ProcedureAccess {

  @Inject ApplicationRepository applications;
  @Inject ProcedureAssignments assignments;
  @Inject ProcedureCatalog catalog;

  private ProcedureGroups groups;

  @PostConstruct
  void groupCatalog() {
    Map<String, List<String>> byCategory = new LinkedHashMap<>();
    for (ProcedureDefinition definition : catalog.latest()) {
      byCategory
          .computeIfAbsent(definition.category(), category -> new ArrayList<>())
          .add(definition.code());
    }
    groups = new ProcedureGroups(byCategory);
  }

  /** The catalog's procedure groups. */
  public ProcedureGroups groups() {
    return groups;
  }

  @Transactional
  public ProcedureScope scopeOf(String user) {
    return assignments.of(user).map(this::scope).orElse(ProcedureScope.ALL);
  }

  public ProcedureScope scope(ProcedureAssignment assignment) {
    return assignment.scope(groups);
  }

  /** The application for this user, loaded in the caller's transaction; 404 if outside scope. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Application application(UUID id, String user) {
    Application application = applications.findById(id).orElseThrow(() -> unknown(id));
    if (!scopeOf(user).permits(application.procedureCode())) {
      throw unknown(id);
    }
    return application;
  }

  /** The answer for an id that does not exist, or that the caller may not know of. */
  public static ApplicationProblem unknown(UUID id) {
    return new ApplicationProblem(ProblemType.NOT_FOUND, "申請 " + id + " はありません");
  }
}
