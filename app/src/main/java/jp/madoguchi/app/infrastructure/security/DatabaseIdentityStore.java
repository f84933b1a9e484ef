package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import jp.madoguchi.app.application.accounts.LoginRecorder;
import jp.madoguchi.app.domain.account.Role;

/**
 * Checks user name and password against the PBKDF2 hashes in {@code app_user}, with lockout after
 * repeated failures; every attempt is in the access log.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @Inject LoginRecorder logins;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return logins
        .check(login.getCaller(), login.getPasswordAsString())
        .map(
            account ->
                new CredentialValidationResult(
                    account.username(),
                    account.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
