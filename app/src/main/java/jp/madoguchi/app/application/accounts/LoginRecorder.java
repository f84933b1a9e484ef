package jp.madoguchi.app.application.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import jp.madoguchi.app.domain.account.PasswordHashing;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;

/**
 * Checks a user name and password, with lockout after repeated failures, and writes the outcome to
 * the access log — one transaction per attempt, whatever the caller is doing.
 */
@ApplicationScoped
public class LoginRecorder {

  @Inject UserAccountRepository accounts;
  @Inject PasswordHashing passwords;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Compared against when the user is unknown or locked, so every path costs the same. */
  private String dummyHash;

  @PostConstruct
  void hashTheDummy() {
    dummyHash = passwords.hash("no-such-user");
  }

  /**
   * Whether failed logins of this name lock an account: true for people's accounts; false for
   * accounts of systems (PORTAL, BATCH) and for names of no account, whose failures are throttled
   * per source address instead.
   */
  @Transactional
  public boolean locksOnFailure(String username) {
    return accounts.findByUsername(username).filter(a -> !a.isMachine()).isPresent();
  }

  /** The account when the password is right and the account usable; empty otherwise. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<UserAccount> check(String username, String password) {
    var now = clock.instant();
    Optional<UserAccount> account = accounts.findByUsername(username);
    boolean usable = account.filter(a -> a.enabled() && !a.isLocked(now)).isPresent();
    String hash = usable ? account.get().passwordHash() : dummyHash;
    boolean matches = passwords.matches(password, hash);
    String who = account.isPresent() ? username : "(unknown)";
    if (usable && matches) {
      account.get().loginSucceeded();
      audit.append(who, AuditAction.LOGIN_SUCCEEDED, username, null);
      return account;
    }
    account.filter(UserAccount::enabled).ifPresent(a -> a.loginFailed(now));
    String reason =
        account.isEmpty()
            ? "unknown user"
            : !account.get().enabled()
                ? "disabled"
                : account.get().isLocked(now) ? "locked" : "wrong password";
    audit.append(
        who,
        AuditAction.LOGIN_FAILED,
        username.length() > 64 ? username.substring(0, 64) : username,
        reason);
    return Optional.empty();
  }
}
