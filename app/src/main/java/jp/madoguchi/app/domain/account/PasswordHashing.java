package jp.madoguchi.app.domain.account;

/** Turns passwords into stored hashes and checks a password against a stored hash. */
public interface PasswordHashing {

  String hash(String password);

  boolean matches(String password, String storedHash);
}
