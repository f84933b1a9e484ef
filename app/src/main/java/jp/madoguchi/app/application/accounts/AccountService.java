package jp.madoguchi.app.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.domain.account.ApiClient;
import jp.madoguchi.app.domain.account.ApiClientRepository;
import jp.madoguchi.app.domain.account.CredentialCache;
import jp.madoguchi.app.domain.account.DutySeparation;
import jp.madoguchi.app.domain.account.PasswordHashing;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;
import jp.madoguchi.app.domain.application.AttachmentUpload;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.validation.Violation;

/**
 * IT staff manage people's accounts and the API clients of other systems. Every change is logged.
 * Separation of duties ({@link DutySeparation}) applies: nobody changes their own account, and
 * SUPERVISOR, AUDITOR and IT_ADMIN are only requested here ({@link RoleGrantService}).
 */
@ApplicationScoped
public class AccountService {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
  private static final int MIN_PASSWORD = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject UserAccountRepository users;
  @Inject ApiClientRepository clients;
  @Inject AuditLog audit;
  @Inject CredentialCache verified;
  @Inject PasswordHashing passwords;
  @Inject RoleGrantService grants;
  @Inject DutyRefusals refusals;
  @Inject Clock clock;

  public record UserView(
      String username, Set<Role> roles, boolean enabled, String lockedUntil, String createdAt) {
    static UserView of(UserAccount u) {
      return new UserView(
          u.username(),
          u.roles(),
          u.enabled(),
          u.lockedUntil() == null ? null : u.lockedUntil().toString(),
          u.createdAt().toString());
    }
  }

  public record ClientView(
      String name,
      Set<Role> roles,
      String createdBy,
      String createdAt,
      String expiresAt,
      String revokedAt) {
    static ClientView of(ApiClient c) {
      return new ClientView(
          c.name(),
          c.roles(),
          c.createdBy(),
          c.createdAt().toString(),
          c.expiresAt().toString(),
          c.revokedAt() == null ? null : c.revokedAt().toString());
    }
  }

  /** A user after a change of roles, and the roles requested that await a second admin. */
  public record RoleChange(UserView user, List<RoleGrantService.GrantView> pendingGrants) {}

  /** The answer to creating an API client: the only time the token is ever shown. */
  public record NewClient(String name, String token, String expiresAt, Set<Role> roles) {}

  @Transactional
  public List<UserView> users() {
    return users.all().stream().map(UserView::of).toList();
  }

  /** Creates the account with the roles it may have at once; the others become requests. */
  @Transactional
  public RoleChange createUser(String username, String password, Set<Role> roles, String admin) {
    checkName("username", username);
    checkPassword(password);
    checkRoles(roles);
    refusals.check(admin, username, () -> DutySeparation.compatible(roles));
    if (users.findByUsername(username).isPresent()) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "ユーザー " + username + " は既に存在します");
    }
    Set<Role> pending = DutySeparation.needingApproval(Set.of(), roles);
    UserAccount account =
        new UserAccount(
            username, passwords.hash(password), without(roles, pending), false, clock.instant());
    users.add(account);
    audit.append(admin, AuditAction.ACCOUNT_CHANGED, username, "created roles=" + account.roles());
    return new RoleChange(UserView.of(account), grants.request(username, pending, admin));
  }

  /**
   * Sets the roles: removals and roles anyone may give apply at once; SUPERVISOR, AUDITOR and
   * IT_ADMIN not yet held become requests for a second admin to approve.
   */
  @Transactional
  public RoleChange changeRoles(String username, Set<Role> roles, String admin) {
    checkRoles(roles);
    UserAccount account = user(username);
    Set<Role> pending =
        refusals.recorded(
            admin,
            username,
            () -> {
              DutySeparation.notOwnAccount(admin, username);
              DutySeparation.compatible(roles);
              return DutySeparation.needingApproval(account.roles(), roles);
            });
    Set<Role> now = without(roles, pending);
    if (!now.equals(account.roles())) {
      account.changeRoles(now);
      changed(admin, username, "roles=" + now);
    }
    return new RoleChange(UserView.of(account), grants.request(username, pending, admin));
  }

  @Transactional
  public UserView setEnabled(String username, boolean enabled, String admin) {
    UserAccount account = user(username);
    refusals.check(admin, username, () -> DutySeparation.notOwnAccount(admin, username));
    if (enabled) {
      account.enable();
    } else {
      account.disable();
    }
    changed(admin, username, enabled ? "enabled" : "disabled");
    return UserView.of(account);
  }

  @Transactional
  public UserView resetPassword(String username, String password, String admin) {
    checkPassword(password);
    UserAccount account = user(username);
    refusals.check(
        admin,
        username,
        () -> {
          DutySeparation.notOwnAccount(admin, username);
          DutySeparation.passwordResettable(account.roles());
        });
    account.changePassword(passwords.hash(password), clock.instant());
    changed(admin, username, "password reset");
    return UserView.of(account);
  }

  @Transactional
  public List<ClientView> apiClients() {
    return clients.all().stream().map(ClientView::of).toList();
  }

  @Transactional
  public NewClient createApiClient(
      String name, Set<Role> roles, Integer expiresInDays, String admin) {
    checkName("name", name);
    checkRoles(roles);
    refusals.check(admin, "api-client:" + name, () -> DutySeparation.apiClientRoles(roles));
    int days = expiresInDays == null ? 365 : expiresInDays;
    if (days < 1 || days > 1825) {
      throw invalid("expiresInDays", "有効期限は1〜1825日で指定してください");
    }
    if (clients.findByName(name).isPresent()) {
      throw new ApplicationProblem(ProblemType.CONFLICT, "APIクライアント " + name + " は既に存在します");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "mdg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(days));
    clients.add(new ApiClient(name, AttachmentUpload.sha256Hex(token), roles, admin, now, expires));
    audit.append(
        admin, AuditAction.ACCOUNT_CHANGED, "api-client:" + name, "created roles=" + roles);
    return new NewClient(name, token, expires.toString(), roles);
  }

  @Transactional
  public ClientView revokeApiClient(String name, String admin) {
    ApiClient client =
        clients
            .findByName(name)
            .orElseThrow(
                () ->
                    new ApplicationProblem(ProblemType.NOT_FOUND, "APIクライアント " + name + " はありません"));
    client.revoke(clock.instant());
    audit.append(admin, AuditAction.ACCOUNT_CHANGED, "api-client:" + name, "revoked");
    return ClientView.of(client);
  }

  private static Set<Role> without(Set<Role> roles, Set<Role> removed) {
    Set<Role> rest = EnumSet.noneOf(Role.class);
    rest.addAll(roles);
    rest.removeAll(removed);
    return rest;
  }

  private void changed(String admin, String username, String what) {
    verified.forgetAll();
    audit.append(admin, AuditAction.ACCOUNT_CHANGED, username, what);
  }

  private UserAccount user(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(
            () -> new ApplicationProblem(ProblemType.NOT_FOUND, "ユーザー " + username + " はありません"));
  }

  private static void checkName(String field, String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw invalid(field, "名前は英小文字・数字・. _ - の2〜64文字で指定してください");
    }
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD || password.length() > 256) {
      throw invalid("password", "パスワードは" + MIN_PASSWORD + "文字以上で指定してください");
    }
  }

  private static void checkRoles(Set<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw invalid("roles", "ロールを1つ以上指定してください");
    }
  }

  static ApplicationProblem invalid(String field, String message) {
    return ApplicationProblem.invalid(List.of(new Violation(field, "invalid", message)));
  }

  /** Role names from a request; unknown names are a 422. */
  public static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw invalid("roles", "ロール「" + name + "」はありません");
      }
    }
    return roles;
  }
}
