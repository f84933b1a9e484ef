package jp.madoguchi.app.application.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import jp.madoguchi.app.application.OperatingMode;
import jp.madoguchi.app.domain.account.PasswordHashing;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;
import jp.madoguchi.app.domain.application.MyNumberProtector;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure someone can sign in, and that production never runs with demo credentials: demo mode
 * creates the demo accounts of design.md; production mode refuses to start while demo accounts or
 * the demo 個人番号 key are in use, and creates the first administrator from {@code
 * madoguchi.admin.initial-password} when there is no account yet, and the second administrator
 * {@code admin2} from {@code madoguchi.admin.second-initial-password} when that is set and admin2
 * does not exist (separation of duties: role grants need a second IT_ADMIN to approve them).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountBootstrap {

  private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

  /** user → (password, role), as published in design.md. */
  static final Map<String, Map.Entry<String, Role>> DEMO_ACCOUNTS =
      Map.of(
          "portal", Map.entry("portal-demo", Role.PORTAL),
          "clerk", Map.entry("clerk-demo", Role.CLERK),
          "supervisor", Map.entry("supervisor-demo", Role.SUPERVISOR),
          "itadmin", Map.entry("itadmin-demo", Role.IT_ADMIN),
          // the second IT_ADMIN who approves itadmin's role grants (and the other way round)
          "itadmin2", Map.entry("itadmin2-demo", Role.IT_ADMIN),
          "batch", Map.entry("batch-demo", Role.BATCH),
          "auditor", Map.entry("auditor-demo", Role.AUDITOR));

  @Inject OperatingMode mode;
  @Inject UserAccountRepository accounts;
  @Inject MyNumberProtector myNumberCipher;
  @Inject PasswordHashing passwords;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "madoguchi.admin.initial-password")
  Optional<String> initialAdminPassword;

  @Inject
  @ConfigProperty(name = "madoguchi.admin.second-initial-password")
  Optional<String> secondAdminPassword;

  @PostConstruct
  void bootstrap() {
    if (mode.isDemo()) {
      createDemoAccounts();
    } else {
      checkProductionReadiness();
    }
  }

  private void createDemoAccounts() {
    DEMO_ACCOUNTS.forEach(
        (username, login) -> {
          if (accounts.findByUsername(username).isEmpty()) {
            EnumSet<Role> roles = EnumSet.of(login.getValue());
            if (login.getValue() == Role.SUPERVISOR) {
              roles.add(Role.CLERK);
            }
            accounts.add(
                new UserAccount(
                    username, passwords.hash(login.getKey()), roles, true, clock.instant()));
          }
        });
    LOG.warning("デモモードで起動しています: デモ用アカウントが有効です。本番では使用しないでください。");
  }

  private void checkProductionReadiness() {
    if (accounts.countDemoAccounts() > 0) {
      throw new IllegalStateException(
          "production mode refuses to start: demo accounts exist in this database");
    }
    if (myNumberCipher.usesDemoKey()) {
      throw new IllegalStateException(
          "production mode refuses to start: set madoguchi.mynumber.key (MADOGUCHI_MYNUMBER_KEY)");
    }
    if (accounts.count() == 0) {
      String password =
          initialAdminPassword
              .filter(p -> p.length() >= 12)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "production mode refuses to start: no account exists; set"
                              + " madoguchi.admin.initial-password (12+ characters)"));
      createAdmin("admin", password);
    }
    secondAdminPassword.ifPresent(
        password -> {
          if (password.length() < 12) {
            throw new IllegalStateException(
                "production mode refuses to start: madoguchi.admin.second-initial-password"
                    + " needs 12+ characters");
          }
          if (accounts.findByUsername("admin2").isEmpty()) {
            createAdmin("admin2", password);
          }
        });
  }

  private void createAdmin(String username, String password) {
    accounts.add(
        new UserAccount(
            username, passwords.hash(password), EnumSet.of(Role.IT_ADMIN), false, clock.instant()));
    LOG.info("初期管理者アカウント " + username + " を作成しました");
  }
}
