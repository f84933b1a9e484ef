package jp.madoguchi.app.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jp.madoguchi.app.domain.account.PasswordHashing;

/** The use cases' password hashing: {@link PasswordHasher}'s PBKDF2. */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

  @Override
  public String hash(String password) {
    return PasswordHasher.hash(password);
  }

  @Override
  public boolean matches(String password, String storedHash) {
    return PasswordHasher.matches(password, storedHash);
  }
}
