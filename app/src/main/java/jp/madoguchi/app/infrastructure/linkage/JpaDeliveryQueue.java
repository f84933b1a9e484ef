package jp.madoguchi.app.infrastructure.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import jp.madoguchi.app.application.linkage.DeliveryRecords;
import jp.madoguchi.app.application.linkage.LinkageCompletion;
import jp.madoguchi.app.application.linkage.MyNumberUse;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.port.Lease;

/**
 * The engine's view of the outbox. Claims lock due rows with {@code FOR UPDATE SKIP LOCKED} (H2 2.2
 * and PostgreSQL) and set a lease (owner, token, until); a row whose lease ran out while
 * IN_PROGRESS is due again. Each outcome is written only while the lease token is still the row's,
 * records the attempt, and confirms the application (LINKED) when it was the last delivery
 * outstanding.
 */
@ApplicationScoped
public class JpaDeliveryQueue implements DeliveryQueue {

  private static final Logger LOG = Logger.getLogger(JpaDeliveryQueue.class.getName());
  private static final String OWNER = "madoguchi-" + UUID.randomUUID();
  private static final String DUE =
      " pattern = ?1 AND ((status = 'PENDING' AND next_attempt_at <= ?2)"
          + " OR (status = 'IN_PROGRESS' AND lease_until < ?2))";

  @PersistenceContext(unitName = "madoguchi")
  EntityManager em;

  @Inject Clock clock;
  @Inject LinkageRoutes routes;
  @Inject ApplicationRepository applications;
  @Inject DeliveryRecords records;
  @Inject MyNumberUse myNumberUse;
  @Inject LinkageCompletion completion;
  @Inject AuditLog audit;

  @Override
  @Transactional
  public List<ClaimedDelivery> claimDue(DeliveryPattern pattern, int max, Duration lease) {
    Instant now = clock.instant();
    // the columns the claim needs come with the lock: no second query per delivery
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, application_id, route_id, route_version, attempts FROM delivery WHERE"
                    + DUE
                    + " ORDER BY next_attempt_at LIMIT ?3 FOR UPDATE SKIP LOCKED")
            .setParameter(1, pattern.name())
            .setParameter(2, now)
            .setParameter(3, max)
            .getResultList();
    List<ClaimedDelivery> claimed = new ArrayList<>();
    for (Object[] row : rows) {
      Object id = row[0];
      String token = UUID.randomUUID().toString();
      int taken =
          em.createNativeQuery(
                  "UPDATE delivery SET status = 'IN_PROGRESS', lease_owner = ?4, lease_token = ?5,"
                      + " lease_until = ?6, updated_at = ?2 WHERE id = ?3 AND"
                      + DUE)
              .setParameter(1, pattern.name())
              .setParameter(2, now)
              .setParameter(3, NativeRows.uuid(id))
              .setParameter(4, OWNER)
              .setParameter(5, token)
              .setParameter(6, now.plus(lease))
              .executeUpdate();
      if (taken == 1) {
        claimed.add(claimed(NativeRows.uuid(id), row, token));
      }
    }
    return claimed;
  }

  /** {@code row}: id, application_id, route_id, route_version, attempts (as locked). */
  private ClaimedDelivery claimed(UUID id, Object[] row, String token) {
    Application application =
        applications.findById(NativeRows.uuid(row[1])).orElseThrow(IllegalStateException::new);
    RouteVersion route =
        routes
            .version(NativeRows.number(row[2]), NativeRows.integer(row[3]))
            .orElseThrow(IllegalStateException::new);
    return new ClaimedDelivery(
        records.of(id, application, myNumberUse.carries(route)),
        route.config(),
        NativeRows.integer(row[4]),
        token);
  }

  @Override
  @Transactional
  public void delivered(Lease lease, String coreReference, Attempt attempt) {
    Object[] row = row(lease.deliveryId());
    Application application = completion.lockApplication(NativeRows.uuid(row[0]));
    Instant now = clock.instant();
    if (!finish(lease, "status = 'DELIVERED', core_reference = ?1", coreReference, attempt, now)) {
      return;
    }
    // feed_counter before audit_head, the lock order of every transaction (no deadlock)
    if (application != null) {
      completion.linkIfAllDelivered(application, now);
    }
    if (DeliveryPattern.FILE_EXPORT.name().equals(row[1])) {
      audit.append(
          Application.LINKAGE_ACTOR,
          AuditAction.FILE_EXPORTED,
          (String) row[2],
          "delivery=" + lease.deliveryId() + " file=" + coreReference + myNumberNote(row));
    } else if (DeliveryPattern.DIRECT_API.name().equals(row[1]) && carriedMyNumber(row)) {
      audit.append(
          Application.LINKAGE_ACTOR,
          AuditAction.MY_NUMBER_SENT,
          (String) row[2],
          "delivery=" + lease.deliveryId() + " pattern=DIRECT_API myNumber=sent");
    }
  }

  @Override
  @Transactional
  public void retryLater(Lease lease, Attempt attempt, Instant nextAttemptAt) {
    finish(
        lease, "status = 'PENDING', next_attempt_at = ?1", nextAttemptAt, attempt, clock.instant());
  }

  @Override
  @Transactional
  public void park(Lease lease, Attempt attempt) {
    Instant now = clock.instant();
    finish(lease, "status = 'PARKED', next_attempt_at = ?1", now, attempt, now);
  }

  @Override
  @Transactional
  public void flagForClerkReview(UUID deliveryId, String reason) {
    em.createNativeQuery("UPDATE delivery SET flagged_reason = ?1, updated_at = ?2 WHERE id = ?3")
        .setParameter(1, DeliveryAttempts.shorten(reason))
        .setParameter(2, clock.instant())
        .setParameter(3, deliveryId)
        .executeUpdate();
  }

  /**
   * For the access log: whether this file carried 個人番号 (its route exports it); {@code row} as
   * {@link #row} reads it.
   */
  private String myNumberNote(Object[] row) {
    return carriedMyNumber(row) ? " myNumber=exported" : "";
  }

  private boolean carriedMyNumber(Object[] row) {
    return routes
        .version(NativeRows.number(row[3]), NativeRows.integer(row[4]))
        .map(myNumberUse::carries)
        .orElse(false);
  }

  private Object[] row(UUID id) {
    return (Object[])
        em.createNativeQuery(
                "SELECT application_id, pattern, receipt_number, route_id, route_version"
                    + " FROM delivery WHERE id = ?1")
            .setParameter(1, id)
            .getSingleResult();
  }

  /**
   * Ends the lease with the outcome ({@code change} sets the status and its one value, ?1); false
   * (nothing written) when the lease is no longer held.
   */
  private boolean finish(Lease lease, String change, Object value, Attempt attempt, Instant now) {
    String error = attempt.errorText() == null ? "NULL" : "?5";
    var update =
        em.createNativeQuery(
                "UPDATE delivery SET "
                    + change
                    + ", attempts = attempts + 1, last_error = "
                    + error
                    + ", lease_owner = NULL, lease_token = NULL, lease_until = NULL,"
                    + " updated_at = ?2 WHERE id = ?3 AND lease_token = ?4"
                    + " AND status = 'IN_PROGRESS'")
            .setParameter(1, value)
            .setParameter(2, now)
            .setParameter(3, lease.deliveryId())
            .setParameter(4, lease.token());
    if (attempt.errorText() != null) {
      update.setParameter(5, DeliveryAttempts.shorten(attempt.errorText()));
    }
    if (update.executeUpdate() == 0) {
      LOG.warning(
          () -> "delivery " + lease.deliveryId() + ": lease no longer held, outcome dropped");
      return false;
    }
    DeliveryAttempts.record(em, lease.deliveryId(), attempt, OWNER);
    return true;
  }
}
