package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.account.ApiClient;
import jp.madoguchi.app.domain.account.ApiClientRepository;

@ApplicationScoped
@Transactional
public class JpaApiClientRepository implements ApiClientRepository {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public Optional<ApiClient> findByTokenSha256(String tokenSha256) {
    return em.createQuery("select c from ApiClient c where c.tokenSha256 = :t", ApiClient.class)
        .setParameter("t", tokenSha256)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<ApiClient> findByName(String name) {
    return em.createQuery("select c from ApiClient c where c.name = :n", ApiClient.class)
        .setParameter("n", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ApiClient client) {
    em.persist(client);
  }

  @Override
  public List<ApiClient> all() {
    return em.createQuery("select c from ApiClient c order by c.name", ApiClient.class)
        .getResultList();
  }
}
