package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.account.UserAccount;
import jp.madoguchi.app.domain.account.UserAccountRepository;

@ApplicationScoped
@Transactional
public class JpaUserAccountRepository implements UserAccountRepository {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(UserAccount account) {
    em.persist(account);
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public long countDemoAccounts() {
    return em.createQuery("select count(u) from UserAccount u where u.demo = true", Long.class)
        .getSingleResult();
  }

  @Override
  public List<UserAccount> all() {
    return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
        .getResultList();
  }
}
