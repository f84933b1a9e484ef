package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;

/** Checks user name and password against the PBKDF2 hashes in {@code app_user}. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  /** Compared against when the user is unknown, so that both paths cost the same. */
  private static final String DUMMY_HASH = PasswordHasher.hash("no-such-user");

  @Inject UserAccountRepository accounts;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    var account = accounts.findByUsername(login.getCaller()).filter(UserAccount::enabled);
    String hash = account.map(UserAccount::passwordHash).orElse(DUMMY_HASH);
    boolean matches = PasswordHasher.matches(login.getPasswordAsString(), hash);
    if (account.isEmpty() || !matches) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = account.get().roles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(login.getCaller(), groups);
  }
}
