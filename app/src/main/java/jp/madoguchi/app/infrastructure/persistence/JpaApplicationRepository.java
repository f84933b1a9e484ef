package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  @Transactional
  public Optional<Application> findByReceiptNumber(ReceiptNumber receiptNumber) {
    return em.createQuery(
            "select a from Application a where a.receiptNumber = :r", Application.class)
        .setParameter("r", receiptNumber.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void add(Application application) {
    em.persist(application);
    em.flush();
  }
}
