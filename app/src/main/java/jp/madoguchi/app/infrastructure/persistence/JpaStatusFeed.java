package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.madoguchi.app.domain.application.StatusChange;
import jp.madoguchi.app.domain.application.StatusFeed;

@ApplicationScoped
public class JpaStatusFeed implements StatusFeed {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  @Transactional
  public List<StatusChange> after(long after, int limit) {
    return em.createQuery(
            "select c from StatusChange c join fetch c.application"
                + " where c.feedPosition > :after order by c.feedPosition",
            StatusChange.class)
        .setParameter("after", after)
        .setMaxResults(limit)
        .getResultList();
  }
}
