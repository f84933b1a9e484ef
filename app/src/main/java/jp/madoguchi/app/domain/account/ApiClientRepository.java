package jp.madoguchi.app.domain.account;

import java.util.List;
import java.util.Optional;

/** Where API clients are kept. */
public interface ApiClientRepository {

  Optional<ApiClient> findByTokenSha256(String tokenSha256);

  Optional<ApiClient> findByName(String name);

  void add(ApiClient client);

  List<ApiClient> all();
}
