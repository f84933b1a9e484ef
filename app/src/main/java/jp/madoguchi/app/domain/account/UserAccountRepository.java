package jp.madoguchi.app.domain.account;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. */
public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(String username);

  void add(UserAccount account);

  long count();

  long countDemoAccounts();

  List<UserAccount> all();
}
