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
import jp.madoguchi.app.domain.portal.PortalRefusal;

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
  public void addIfAbsent(PortalReceipt receipt) {
    if (em.find(PortalReceipt.class, receipt.receiptNumber()) == null) {
      em.persist(receipt);
    }
  }

  @Override
  public void refuse(PortalRefusal refusal) {
    boolean recorded =
        !em.createQuery(
                "select r.id from PortalRefusal r"
                    + " where r.receiptNumber = :receipt and r.reason = :reason",
                Long.class)
            .setParameter("receipt", refusal.receiptNumber())
            .setParameter("reason", refusal.reason())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (!recorded) {
      em.persist(refusal);
    }
  }

  @Override
  public Optional<PortalRefusal> latestRefusal(String receiptNumber) {
    return em.createQuery(
            "select r from PortalRefusal r where r.receiptNumber = :receipt order by r.id desc",
            PortalRefusal.class)
        .setParameter("receipt", receiptNumber)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<PortalRefusal> refused(int limit) {
    return em.createQuery(
            "select r from PortalRefusal r order by r.fetchedAt desc, r.id desc",
            PortalRefusal.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
