package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import jp.madoguchi.app.domain.application.SearchKey;
import jp.madoguchi.app.domain.application.SearchKeyRepair;

/**
 * Fills the search keys of applications stored before V112 (whose migration only removed the
 * spaces), in small transactions; a bulk update, so that the application's version stays as it was.
 */
@ApplicationScoped
public class SearchKeyBackfill implements SearchKeyRepair {

  private static final int BATCH = 500;

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  /** Keys one batch; the number of applications keyed (0 when none is left). */
  @Transactional
  @Override
  public int keyBatch() {
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.applicant.name, a.applicant.nameKana from Application a"
                    + " where a.searchKeyed = false order by a.id",
                Object[].class)
            .setMaxResults(BATCH)
            .getResultList();
    for (Object[] row : rows) {
      em.createQuery(
              "update Application a set a.searchName = :name, a.searchKana = :kana,"
                  + " a.searchKeyed = true where a.id = :id")
          .setParameter("name", SearchKey.of((String) row[1]))
          .setParameter("kana", SearchKey.of((String) row[2]))
          .setParameter("id", (UUID) row[0])
          .executeUpdate();
    }
    return rows.size();
  }
}
