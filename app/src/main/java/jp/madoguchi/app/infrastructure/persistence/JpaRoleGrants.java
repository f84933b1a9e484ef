package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.domain.account.Role;
import jp.madoguchi.app.domain.account.RoleGrant;
import jp.madoguchi.app.domain.account.RoleGrants;

@ApplicationScoped
@Transactional
public class JpaRoleGrants implements RoleGrants {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public void add(RoleGrant grant) {
    em.persist(grant);
  }

  @Override
  public Optional<RoleGrant> find(long id) {
    return Optional.ofNullable(em.find(RoleGrant.class, id));
  }

  @Override
  public Optional<RoleGrant> pending(String username, Role role) {
    return em.createQuery(
            "select g from RoleGrant g where g.username = :u and g.role = :r and g.state = :s",
            RoleGrant.class)
        .setParameter("u", username)
        .setParameter("r", role)
        .setParameter("s", RoleGrant.State.PENDING)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<RoleGrant> list(RoleGrant.State state, int limit) {
    if (state == null) {
      return em.createQuery("select g from RoleGrant g order by g.id desc", RoleGrant.class)
          .setMaxResults(limit)
          .getResultList();
    }
    return em.createQuery(
            "select g from RoleGrant g where g.state = :s order by g.id desc", RoleGrant.class)
        .setParameter("s", state)
        .setMaxResults(limit)
        .getResultList();
  }
}
