package jp.madoguchi.app.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import jp.madoguchi.app.domain.account.ApiClient;
import jp.madoguchi.app.domain.account.ApiClientRepository;
import jp.madoguchi.app.domain.application.AttachmentUpload;

/** Recognises the bearer tokens of API clients: unknown, expired and revoked ones are not. */
@ApplicationScoped
public class ApiClientTokens {

  @Inject ApiClientRepository clients;
  @Inject Clock clock;

  @Transactional
  public Optional<ApiClient> authenticate(String token) {
    if (token == null || !token.startsWith("mdg_") || token.length() > 200) {
      return Optional.empty();
    }
    return clients
        .findByTokenSha256(AttachmentUpload.sha256Hex(token))
        .filter(client -> client.isUsable(clock.instant()));
  }
}
