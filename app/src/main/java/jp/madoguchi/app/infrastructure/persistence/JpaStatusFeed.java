package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import jp.madoguchi.app.domain.application.StatusChange;
import jp.madoguchi.app.domain.application.StatusFeed;

@ApplicationScoped
public class JpaStatusFeed implements StatusFeed {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  @Transactional
  public List<StatusChange> after(long after, long upTo, Collection<String> submitters, int limit) {
    return em.createQuery(
            "select c from StatusChange c join fetch c.application a"
                + " where c.feedPosition > :after and c.feedPosition <= :upTo"
                + " and a.submittedBy in :submitters order by c.feedPosition",
            StatusChange.class)
        .setParameter("after", after)
        .setParameter("upTo", upTo)
        .setParameter("submitters", submitters)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional
  public long lastPosition() {
    Long last =
        em.createQuery("select max(c.feedPosition) from StatusChange c", Long.class)
            .getSingleResult();
    return last == null ? 0 : last;
  }
}
