package jp.madoguchi.app.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.CredentialCache;
import jp.madoguchi.app.domain.account.DutySeparation;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.account.RoleGrant;
import jp.madoguchi.app.domain.account.RoleGrants;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * ロール付与申請: SUPERVISOR, AUDITOR and IT_ADMIN are requested by one IT_ADMIN and take effect only when
 * a second, different IT_ADMIN approves. Every step is in the access log.
 */
@ApplicationScoped
public class RoleGrantService {

  private static final int LIST_LIMIT = 200;

  @Inject RoleGrants grants;
  @Inject UserAccountRepository users;
  @Inject DutyRefusals refusals;
  @Inject CredentialCache verified;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public record GrantView(
      long id,
      String username,
      Role role,
      RoleGrant.State state,
      String requestedBy,
      String requestedAt,
      String decidedBy,
      String decidedAt) {
    static GrantView of(RoleGrant g) {
      return new GrantView(
          g.id(),
          g.username(),
          g.role(),
          g.state(),
          g.requestedBy(),
          g.requestedAt().toString(),
          g.decidedBy(),
          g.decidedAt() == null ? null : g.decidedAt().toString());
    }
  }

  /** Pending requests for each role (an open request for the same user and role is reused). */
  @Transactional(Transactional.TxType.MANDATORY)
  List<GrantView> request(String username, Set<Role> roles, String admin) {
    return roles.stream()
        .map(
            role ->
                grants
                    .pending(username, role)
                    .orElseGet(
                        () -> {
                          RoleGrant grant = new RoleGrant(username, role, admin, clock.instant());
                          grants.add(grant);
                          audit.append(
                              admin, AuditAction.ROLE_GRANT_REQUESTED, username, "role=" + role);
                          return grant;
                        }))
        .map(GrantView::of)
        .toList();
  }

  @Transactional
  public List<GrantView> list(String state) {
    return grants.list(parseState(state), LIST_LIMIT).stream().map(GrantView::of).toList();
  }

  @Transactional
  public GrantView approve(long id, String admin) {
    RoleGrant grant = grant(id);
    return refusals.recorded(
        admin,
        grant.username(),
        () -> {
          UserAccount account = user(grant.username());
          grant.approve(admin, clock.instant());
          Set<Role> roles = EnumSet.of(grant.role());
          roles.addAll(account.roles());
          DutySeparation.compatible(roles);
          account.changeRoles(roles);
          verified.forgetAll();
          audit.append(
              admin,
              AuditAction.ROLE_GRANT_APPROVED,
              grant.username(),
              "role=" + grant.role() + " requestedBy=" + grant.requestedBy());
          return GrantView.of(grant);
        });
  }

  @Transactional
  public GrantView reject(long id, String admin) {
    RoleGrant grant = grant(id);
    return refusals.recorded(
        admin,
        grant.username(),
        () -> {
          grant.reject(admin, clock.instant());
          audit.append(
              admin,
              AuditAction.ROLE_GRANT_REJECTED,
              grant.username(),
              "role=" + grant.role() + " requestedBy=" + grant.requestedBy());
          return GrantView.of(grant);
        });
  }

  private RoleGrant grant(long id) {
    return grants
        .find(id)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, "ロール付与申請 " + id + " はありません"));
  }

  private UserAccount user(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, "ユーザー " + username + " はありません"));
  }

  private static RoleGrant.State parseState(String state) {
    if (state == null || state.isBlank()) {
      return null;
    }
    try {
      return RoleGrant.State.valueOf(state);
    } catch (IllegalArgumentException e) {
      throw AccountService.invalid("state", "state は PENDING・APPROVED・REJECTED のいずれかです");
    }
  }
}
