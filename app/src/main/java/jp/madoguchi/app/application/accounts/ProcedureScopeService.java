package jp.madoguchi.app.application.accounts;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.ProcedureAssignment;
import jp.madoguchi.app.domain.account.ProcedureAssignments;
import jp.madoguchi.app.domain.account.UserAccountRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.validation.Violation;

/**
 * 担当手続の限定, as IT staff set it: a staff account limited to procedure groups and codes, or back to
 * every procedure. Every change is in the access log.
 */
@ApplicationScoped
public class ProcedureScopeService {

  @Inject ProcedureAssignments assignments;
  @Inject ProcedureAccess access;
  @Inject UserAccountRepository users;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** An account's procedures: {@code all}, or the groups and codes it is limited to. */
  public record ProcedureScopeView(boolean all, List<String> groups, List<String> codes) {
    static final ProcedureScopeView ALL = new ProcedureScopeView(true, List.of(), List.of());

    static ProcedureScopeView of(ProcedureAssignment assignment) {
      return new ProcedureScopeView(
          false, List.copyOf(assignment.groups()), List.copyOf(assignment.codes()));
    }

    String describe() {
      return all ? "procedures=all" : "procedures groups=" + groups + " codes=" + codes;
    }
  }

  /** An account as the list of accounts shows it, with its procedures. */
  public record ListedUser(
      @JsonUnwrapped AccountService.UserView account, ProcedureScopeView procedures) {}

  @Transactional
  public List<ListedUser> withProcedures(List<AccountService.UserView> accounts) {
    Map<String, ProcedureScopeView> limited =
        assignments.all().stream()
            .collect(Collectors.toMap(ProcedureAssignment::username, ProcedureScopeView::of));
    return accounts.stream()
        .map(
            account ->
                new ListedUser(
                    account, limited.getOrDefault(account.username(), ProcedureScopeView.ALL)))
        .toList();
  }

  @Transactional
  public ProcedureScopeView of(String username) {
    requireAccount(username);
    return assignments.of(username).map(ProcedureScopeView::of).orElse(ProcedureScopeView.ALL);
  }

  /**
   * Limits the account to these groups (catalog categories or their aliases) and codes, or with
   * {@code all} gives it every procedure. Unknown names are a 422 naming each; nothing changes.
   */
  @Transactional
  public ProcedureScopeView change(
      String username, boolean all, Set<String> groups, Set<String> codes, String admin) {
    requireAccount(username);
    if (username.equals(admin)) {
      throw new ApplicationProblem(ProblemType.FORBIDDEN, "自分自身の担当手続は変更できません");
    }
    ProcedureScopeView view = ProcedureScopeView.ALL;
    if (all) {
      assignments.remove(username);
    } else {
      Set<String> knownGroups = known(groups, codes);
      ProcedureAssignment assignment =
          assignments.of(username).orElseGet(() -> new ProcedureAssignment(username));
      assignment.limitTo(knownGroups, codes, admin, clock.instant());
      assignments.save(assignment);
      view = ProcedureScopeView.of(assignment);
    }
    audit.append(admin, AuditAction.ACCOUNT_CHANGED, username, view.describe());
    return view;
  }

  /** The groups by their own names; 422 naming every unknown group and code. */
  private Set<String> known(Set<String> groups, Set<String> codes) {
    List<Violation> violations = new ArrayList<>();
    Set<String> canonical = new TreeSet<>();
    for (String name : groups) {
      access
          .groups()
          .group(name)
          .ifPresentOrElse(
              canonical::add,
              () ->
                  violations.add(new Violation("groups", "unknown", "手続グループ「" + name + "」はありません")));
    }
    for (String code : codes) {
      if (!access.groups().hasProcedure(code)) {
        violations.add(new Violation("codes", "unknown", "手続「" + code + "」はありません"));
      }
    }
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    return canonical;
  }

  private void requireAccount(String username) {
    if (users.findByUsername(username).isEmpty()) {
      throw new ApplicationProblem(ProblemType.NOT_FOUND, "ユーザー " + username + " はありません");
    }
  }
}
