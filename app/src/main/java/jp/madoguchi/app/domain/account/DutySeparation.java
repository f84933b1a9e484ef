package jp.madoguchi.app.domain.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * 職務の分離: no single account obtains 個人番号 disclosure (SUPERVISOR), the access log (AUDITOR) or
 * account administration (IT_ADMIN) on its own. Nobody changes their own account; these roles are
 * granted only when a second IT_ADMIN approves; AUDITOR is never held with IT_ADMIN; API clients
 * are machines and hold PORTAL or BATCH only.
 */
public final class DutySeparation {

  /** Roles a grant of which needs a second IT_ADMIN's approval. */
  public static final Set<Role> NEEDS_SECOND_ADMIN =
      EnumSet.of(Role.SUPERVISOR, Role.AUDITOR, Role.IT_ADMIN);

  /** Roles of systems rather than people: throttled per address, never locked. */
  public static final Set<Role> MACHINE_ROLES = EnumSet.of(Role.PORTAL, Role.BATCH);

  private DutySeparation() {}

  /** Refuses any change an account would make to itself. */
  public static void notOwnAccount(String actor, String username) {
    if (actor.equals(username)) {
      throw new DutyViolation(
          DutyViolation.Kind.OWN_ACCOUNT, "自分自身のアカウントのロール・利用状態・パスワードは変更できません。別のシステム管理者に依頼してください");
    }
  }

  /** Refuses AUDITOR together with IT_ADMIN: the auditor must not administer what it audits. */
  public static void compatible(Set<Role> roles) {
    if (roles.contains(Role.AUDITOR) && roles.contains(Role.IT_ADMIN)) {
      throw new DutyViolation(
          DutyViolation.Kind.INCOMPATIBLE_ROLES, "AUDITOR（監査担当）と IT_ADMIN（システム管理者）は兼任できません");
    }
  }

  /** The requested roles not yet held that need a second IT_ADMIN's approval. */
  public static Set<Role> needingApproval(Set<Role> held, Set<Role> requested) {
    Set<Role> pending = EnumSet.noneOf(Role.class);
    for (Role role : requested) {
      if (NEEDS_SECOND_ADMIN.contains(role) && !held.contains(role)) {
        pending.add(role);
      }
    }
    return pending;
  }

  /** API clients are systems: PORTAL and BATCH only. */
  public static void apiClientRoles(Set<Role> roles) {
    if (!MACHINE_ROLES.containsAll(roles)) {
      throw new DutyViolation(
          DutyViolation.Kind.INCOMPATIBLE_ROLES, "APIクライアントに付与できるロールは PORTAL と BATCH だけです");
    }
  }

  /**
   * A reset password is known to the admin who set it: resetting it on an account holding a role of
   * {@link #NEEDS_SECOND_ADMIN} would hand that role to one admin. Such roles are removed first and
   * granted again with a second admin's approval.
   */
  public static void passwordResettable(Set<Role> held) {
    if (held.stream().anyMatch(NEEDS_SECOND_ADMIN::contains)) {
      throw new DutyViolation(
          DutyViolation.Kind.PRIVILEGED_ACCOUNT,
          "SUPERVISOR・AUDITOR・IT_ADMIN を持つアカウントのパスワードは再設定できません。"
              + "先にこれらのロールを外し、再設定後に改めて付与を申請してください（別のシステム管理者の承認が必要です）");
    }
  }

  /** Whether the roles are those of a system (PORTAL, BATCH) and of nobody else. */
  public static boolean isMachine(Set<Role> roles) {
    return !roles.isEmpty() && MACHINE_ROLES.containsAll(roles);
  }
}
