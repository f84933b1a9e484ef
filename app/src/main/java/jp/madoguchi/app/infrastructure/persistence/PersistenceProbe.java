package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A trivial query through the persistence unit (and so the pool), for the health check. */
@ApplicationScoped
public class PersistenceProbe {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager entityManager;

  public void query() {
    entityManager
        .createNativeQuery("SELECT 1")
        .setHint("jakarta.persistence.query.timeout", 1000)
        .getSingleResult();
  }
}
