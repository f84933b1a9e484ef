package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ReceiptNumber;
import jp.madoguchi.app.domain.application.WorkflowViolation;

@ApplicationScoped
public class JpaApplicationRepository implements ApplicationRepository {

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject QueueCountTable queueCounts;
  @Inject DatabaseKind database;

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
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void numberStatusChanges(Application application) {
    assignFeedPositions(application);
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void update(Application application) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new WorkflowViolation("この申請は他の操作で同時に更新されました。画面を更新してやり直してください");
    }
    assignFeedPositions(application);
  }

  /**
   * Numbers the application's new status changes from {@code feed_counter} and moves the dashboard
   * counts ({@code queue_count}) along with them. The counter row stays locked until this
   * transaction commits, so feed positions become visible in increasing order and a reader
   * following the feed never skips one.
   */
  private void assignFeedPositions(Application application) {
    @SuppressWarnings("unchecked")
    List<Object[]> changes =
        em.createNativeQuery(
                "SELECT id, from_status, to_status FROM status_change"
                    + " WHERE application_id = ?1 AND feed_position IS NULL ORDER BY id")
            .setParameter(1, application.id())
            .getResultList();
    if (changes.isEmpty()) {
      return;
    }
    List<Number> ids = changes.stream().map(row -> (Number) row[0]).toList();
    long last = takeFeedPositions(ids.size());
    long position = last - ids.size();
    for (Number id : ids) {
      em.createNativeQuery("UPDATE status_change SET feed_position = ?1 WHERE id = ?2")
          .setParameter(1, ++position)
          .setParameter(2, id.longValue())
          .executeUpdate();
    }
    Map<String, Long> deltas = new TreeMap<>();
    for (Object[] change : changes) {
      if (change[1] != null) {
        deltas.merge((String) change[1], -1L, Long::sum);
      }
      deltas.merge((String) change[2], 1L, Long::sum);
    }
    queueCounts.add(application.procedureCode(), application.receivedAt(), deltas);
  }

  /**
   * Moves the counter on by {@code n} and answers its new value; from here on the row is locked
   * until commit. One round trip on PostgreSQL, two on H2.
   */
  private long takeFeedPositions(int n) {
    if (database.isPostgreSql()) {
      return ((Number)
              em.createNativeQuery(
                      "UPDATE feed_counter SET position = position + ?1 WHERE id = 1"
                          + " RETURNING position")
                  .setParameter(1, n)
                  .getSingleResult())
          .longValue();
    }
    em.createNativeQuery("UPDATE feed_counter SET position = position + ?1 WHERE id = 1")
        .setParameter(1, n)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT position FROM feed_counter WHERE id = 1")
                .getSingleResult())
        .longValue();
  }
}
