package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.app.domain.linkage.AttemptView;
import jp.madoguchi.app.domain.linkage.DeliveredGroup;
import jp.madoguchi.app.domain.linkage.Deliveries;
import jp.madoguchi.app.domain.linkage.Delivery;
import jp.madoguchi.app.domain.linkage.LinkageRoutes;
import jp.madoguchi.app.domain.linkage.RouteVersion;
import jp.madoguchi.integration.config.DeliveryPattern;
import jp.madoguchi.integration.port.Attempt;
import jp.madoguchi.integration.port.ClaimedDelivery;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.port.FinishedDelivery;
import jp.madoguchi.integration.port.Lease;

/**
 * The outbox as the linkage engine sees it. A claim locks due deliveries (skipping those other
 * workers hold) and leases them; each outcome is recorded by the {@link Delivery} itself only while
 * the lease is still its current claim, is added to its history, and — when delivered — links the
 * application once all its deliveries are confirmed and writes the access log.
 */
@ApplicationScoped
public class DeliveryQueueService implements DeliveryQueue {

  private static final Logger LOG = Logger.getLogger(DeliveryQueueService.class.getName());

  /** The lease owner of this server process, recorded with every attempt it makes. */
  private static final String OWNER = "madoguchi-" + UUID.randomUUID();

  @Inject Deliveries deliveries;
  @Inject LinkageRoutes routes;
  @Inject ApplicationRepository applications;
  @Inject DeliveryRecords records;
  @Inject MyNumberUse myNumberUse;
  @Inject LinkageCompletion completion;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Override
  @Transactional
  public List<ClaimedDelivery> claimDue(DeliveryPattern pattern, int max, Duration lease) {
    Instant now = clock.instant();
    List<Delivery> due = deliveries.lockDue(pattern, now, max);
    Map<UUID, Application> byId = new HashMap<>();
    applications
        .findAllById(due.stream().map(Delivery::applicationId).collect(Collectors.toSet()))
        .forEach(a -> byId.put(a.id(), a));
    List<ClaimedDelivery> claimed = new ArrayList<>();
    for (Delivery delivery : due) {
      String token = UUID.randomUUID().toString();
      delivery.claim(OWNER, token, now.plus(lease), now);
      RouteVersion route = route(delivery);
      Application application = byId.get(delivery.applicationId());
      if (application == null) {
        throw new IllegalStateException("delivery " + delivery.id() + " without its application");
      }
      claimed.add(
          new ClaimedDelivery(
              records.of(delivery.id(), application, myNumberUse.carries(route)),
              route.config(),
              delivery.attempts(),
              token));
    }
    return claimed;
  }

  @Override
  @Transactional
  public void delivered(Lease lease, String coreReference, Attempt attempt) {
    // the application before the delivery, the lock order of every transaction (no deadlock)
    UUID applicationId =
        deliveries.find(lease.deliveryId()).orElseThrow(IllegalStateException::new).applicationId();
    Application application = completion.lockApplication(applicationId);
    Instant now = clock.instant();
    Delivery delivery = locked(lease);
    if (!delivery.delivered(lease.token(), coreReference, attempt.errorText(), now)) {
      dropped(lease);
      return;
    }
    record(delivery, attempt);
    if (application != null) {
      completion.linkIfAllDelivered(application, now);
    }
    auditDelivered(delivery, coreReference);
  }

  /**
   * The FILE_EXPORT files of a poll, recorded in one transaction: the applications are locked first
   * (in id order, the lock order of every transaction), then the deliveries; each still held by the
   * claim that wrote its file becomes DELIVERED with its attempt and access-log entry, and each
   * application whose deliveries are then all confirmed becomes LINKED.
   */
  @Override
  @Transactional
  public void deliveredAll(List<FinishedDelivery> finished) {
    DeliveredGroup group =
        new DeliveredGroup(
            finished.stream()
                .map(
                    f ->
                        new DeliveredGroup.Finish(
                            f.lease().deliveryId(),
                            f.lease().token(),
                            f.coreReference(),
                            f.reviewReason()))
                .toList());
    Map<UUID, FinishedDelivery> byDelivery = new HashMap<>();
    finished.forEach(f -> byDelivery.put(f.lease().deliveryId(), f));
    Map<UUID, Application> locked = new HashMap<>();
    applications
        .findAllByIdForUpdate(Set.copyOf(deliveries.applicationsOf(group.deliveryIds()).values()))
        .forEach(a -> locked.put(a.id(), a));
    Instant now = clock.instant();
    List<Delivery> done = group.finish(deliveries.lockAll(group.deliveryIds()), now);
    Map<UUID, AttemptView> attempts = new LinkedHashMap<>();
    List<AuditLog.NewEntry> entries = new ArrayList<>();
    for (Delivery delivery : done) {
      attempts.put(delivery.id(), view(byDelivery.get(delivery.id()).attempt()));
      deliveredEntry(delivery, group.reference(delivery.id())).ifPresent(entries::add);
    }
    deliveries.recordAttempts(attempts, OWNER);
    audit.appendAll(entries);
    if (done.size() < finished.size()) {
      LOG.warning(
          () ->
              (finished.size() - done.size())
                  + " deliveries of a group: lease no longer held, outcome dropped");
    }
    completion.linkAllDelivered(
        done.stream().map(d -> locked.get(d.applicationId())).filter(Objects::nonNull).toList(),
        now);
  }

  @Override
  @Transactional
  public void retryLater(Lease lease, Attempt attempt, Instant nextAttemptAt) {
    Delivery delivery = locked(lease);
    if (delivery.retryAt(lease.token(), nextAttemptAt, attempt.errorText(), clock.instant())) {
      record(delivery, attempt);
    } else {
      dropped(lease);
    }
  }

  @Override
  @Transactional
  public void park(Lease lease, Attempt attempt) {
    Delivery delivery = locked(lease);
    if (delivery.park(lease.token(), attempt.errorText(), clock.instant())) {
      record(delivery, attempt);
    } else {
      dropped(lease);
    }
  }

  @Override
  @Transactional
  public void flagForClerkReview(UUID deliveryId, String reason) {
    deliveries.lock(deliveryId).ifPresent(d -> d.flag(reason, clock.instant()));
  }

  /**
   * The access log: every exported file (saying whether it carried 個人番号), and every API call that
   * sent 個人番号.
   */
  private void auditDelivered(Delivery delivery, String coreReference) {
    deliveredEntry(delivery, coreReference).ifPresent(entry -> audit.appendAll(List.of(entry)));
  }

  private Optional<AuditLog.NewEntry> deliveredEntry(Delivery delivery, String coreReference) {
    boolean myNumber = myNumberUse.carries(route(delivery));
    if (delivery.pattern() == DeliveryPattern.FILE_EXPORT) {
      return Optional.of(
          new AuditLog.NewEntry(
              Application.LINKAGE_ACTOR,
              AuditAction.FILE_EXPORTED,
              delivery.receiptNumber(),
              "delivery="
                  + delivery.id()
                  + " file="
                  + coreReference
                  + (myNumber ? " myNumber=exported" : "")));
    }
    if (delivery.pattern() == DeliveryPattern.DIRECT_API && myNumber) {
      return Optional.of(
          new AuditLog.NewEntry(
              Application.LINKAGE_ACTOR,
              AuditAction.MY_NUMBER_SENT,
              delivery.receiptNumber(),
              "delivery=" + delivery.id() + " pattern=DIRECT_API myNumber=sent"));
    }
    return Optional.empty();
  }

  private Delivery locked(Lease lease) {
    return deliveries.lock(lease.deliveryId()).orElseThrow(IllegalStateException::new);
  }

  private RouteVersion route(Delivery delivery) {
    return routes
        .version(delivery.routeId(), delivery.routeVersion())
        .orElseThrow(IllegalStateException::new);
  }

  private void record(Delivery delivery, Attempt attempt) {
    deliveries.recordAttempt(delivery.id(), view(attempt), OWNER);
  }

  private static AttemptView view(Attempt attempt) {
    return new AttemptView(
        attempt.startedAt(),
        attempt.duration().toMillis(),
        attempt.outcome().name(),
        attempt.errorText());
  }

  private static void dropped(Lease lease) {
    LOG.warning(() -> "delivery " + lease.deliveryId() + ": lease no longer held, outcome dropped");
  }
}
