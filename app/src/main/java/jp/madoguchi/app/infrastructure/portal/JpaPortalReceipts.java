package jp.madoguchi.app.infrastructure.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.portal.PortalReceipt;
import jp.madoguchi.app.domain.portal.PortalReceipts;

@ApplicationScoped
@Transactional
public class JpaPortalReceipts implements PortalReceipts {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  public Optional<PortalReceipt> find(String receiptNumber) {
    return Optional.ofNullable(em.find(PortalReceipt.class, receiptNumber));
  }

  @Override
  public Optional<PortalReceipt> ofApplication(UUID applicationId) {
    return em.createQuery(
            "select r from PortalReceipt r where r.applicationId = :id", PortalReceipt.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PortalReceipt> refused(int limit) {
    return em.createQuery(
            "select r from PortalReceipt r where r.outcome = 'REFUSED'"
                + " order by r.fetchedAt desc, r.receiptNumber",
            PortalReceipt.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void addIfAbsent(PortalReceipt receipt) {
    if (em.find(PortalReceipt.class, receipt.receiptNumber()) == null) {
      em.persist(receipt);
    }
  }
}
