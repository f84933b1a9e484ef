package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.WorkflowViolation;
import jp.madoguchi.app.domain.sequencing.UnsequencedWrites;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Override
  @Transactional
  public Optional<Application> findByReceiptNumber(ReceiptNumber receiptNumber) {
    return em.createQuery(
            "select distinct a from Application a left join fetch a.revisions"
                + " where a.receiptNumber = :r",
            Application.class)
        .setParameter("r", receiptNumber.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Application> findLinkedTo(ReceiptNumber receiptNumber) {
    return em.createQuery(
            "select a from Application a where a.linkedReceiptNumber = :r order by a.receivedAt",
            Application.class)
        .setParameter("r", receiptNumber.value())
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<UUID> unsealed(int limit) {
    return em.createQuery(
            "SELECT a.id FROM Application a WHERE a.myNumbersSealed = false ORDER BY a.id",
            UUID.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Application> findById(UUID id) {
    return Optional.ofNullable(em.find(Application.class, id));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Application> findByIdForUpdate(UUID id) {
    return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Application> findAllById(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Application a where a.id in :ids", Application.class)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Application> findAllByIdForUpdate(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from Application a where a.id in :ids order by a.id", Application.class)
        .setParameter("ids", List.copyOf(ids))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(Application application) {
    em.persist(application);
    em.flush();
    UnsequencedWrites.note();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void update(Application application) {
    updateAll(List.of(application));
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void updateAll(Collection<Application> applications) {
    // one flush writes them all: with hibernate.order_updates the updates of each entity go out
    // as JDBC batches
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowViolation("この申請は他の操作で同時に更新されました。画面を更新してやり直してください");
    }
    UnsequencedWrites.note();
  }
}
