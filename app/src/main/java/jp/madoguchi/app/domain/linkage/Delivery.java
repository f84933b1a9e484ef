package jp.madoguchi.app.domain.linkage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.integration.config.DeliveryPattern;

/**
 * 連携: one delivery of an accepted application to one core system, by one version of a route. It
 * owns its lifecycle: claimed by an engine worker under a lease, delivered, retried later or
 * parked; replayed by IT staff (with its own route version or the route's current one); confirmed
 * by a clerk (手入力); added to a batch, acknowledged, rejected or released with it.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

  /** The longest error or review text kept (the column's size). */
  public static final int MAX_TEXT = 1000;

  /** What a batch job's refusal leaves as the last error. */
  public static final String REJECTED_BY_BATCH = "rejected by batch job";

  /** The move of every delivery of a new batch (set-based, see {@link StatusMove}). */
  public static final StatusMove ADD_TO_BATCH =
      new StatusMove(DeliveryStatus.PENDING, DeliveryStatus.IN_BATCH);

  /** The move of every delivery still in a batch that is released: offered again. */
  public static final StatusMove RELEASE_FROM_BATCH =
      new StatusMove(DeliveryStatus.IN_BATCH, DeliveryStatus.PENDING);

  @Id private UUID id;

  @Column(name = "application_id")
  private UUID applicationId;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "procedure_code")
  private String procedureCode;

  @Column(name = "route_id")
  private long routeId;

  @Column(name = "route_version")
  private int routeVersion;

  @Enumerated(EnumType.STRING)
  private DeliveryPattern pattern;

  @Enumerated(EnumType.STRING)
  private DeliveryStatus status;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "lease_owner")
  private String leaseOwner;

  @Column(name = "lease_token")
  private String leaseToken;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "batch_id")
  private UUID batchId;

  @Column(name = "core_reference")
  private String coreReference;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "flagged_reason")
  private String flaggedReason;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected Delivery() {}

  /** A new delivery of the application by the route version, in its pattern's initial state. */
  public static Delivery create(
      UUID applicationId, String receiptNumber, RouteVersion route, Instant now) {
    Delivery delivery = new Delivery();
    delivery.id = UUID.randomUUID();
    delivery.applicationId = Objects.requireNonNull(applicationId, "applicationId");
    delivery.receiptNumber = Objects.requireNonNull(receiptNumber, "receiptNumber");
    delivery.procedureCode = route.procedureCode();
    delivery.routeId = route.routeId();
    delivery.routeVersion = route.version();
    delivery.pattern = route.config().pattern();
    delivery.status = DeliveryStatus.initial(delivery.pattern);
    delivery.nextAttemptAt = now;
    delivery.createdAt = now;
    delivery.updatedAt = now;
    return delivery;
  }

  /** Due for an engine worker: pending and due, or claimed by a worker whose lease ran out. */
  public boolean isDue(Instant now) {
    return (status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now))
        || (status == DeliveryStatus.IN_PROGRESS && leaseUntil != null && leaseUntil.isBefore(now));
  }

  /** An engine worker takes it under a lease; refused unless it is due. */
  public void claim(String owner, String token, Instant until, Instant now) {
    if (!isDue(now)) {
      throw new IllegalStateException("delivery " + id + " is not due (" + status + ")");
    }
    status = DeliveryStatus.IN_PROGRESS;
    leaseOwner = Objects.requireNonNull(owner, "owner");
    leaseToken = Objects.requireNonNull(token, "token");
    leaseUntil = until;
    updatedAt = now;
  }

  /** Whether the claim of this token is still the delivery's current one. */
  public boolean holdsLease(String token) {
    return status == DeliveryStatus.IN_PROGRESS && token != null && token.equals(leaseToken);
  }

  /**
   * The core system has it (with its reference number or the file name); false, nothing changed,
   * when the lease is no longer held.
   */
  public boolean delivered(String token, String reference, String error, Instant now) {
    if (!holdsLease(token)) {
      return false;
    }
    endAttempt(error, now);
    status = DeliveryStatus.DELIVERED;
    coreReference = reference;
    return true;
  }

  /** Failed for now, due again at {@code at}; false when the lease is no longer held. */
  public boolean retryAt(String token, Instant at, String error, Instant now) {
    if (!holdsLease(token)) {
      return false;
    }
    endAttempt(error, now);
    status = DeliveryStatus.PENDING;
    nextAttemptAt = at;
    return true;
  }

  /** Given up (dead letter) until IT staff replay it; false when the lease is no longer held. */
  public boolean park(String token, String error, Instant now) {
    if (!holdsLease(token)) {
      return false;
    }
    endAttempt(error, now);
    status = DeliveryStatus.PARKED;
    nextAttemptAt = now;
    return true;
  }

  private void endAttempt(String error, Instant now) {
    attempts++;
    lastError = shorten(error);
    releaseLease();
    updatedAt = now;
  }

  /** 同じ設定で再送: a PARKED delivery starts over with its own route version; false otherwise. */
  public boolean replay(Instant now) {
    if (status != DeliveryStatus.PARKED) {
      return false;
    }
    restart(now);
    return true;
  }

  /**
   * 現在の設定で再送: a PARKED delivery of the route starts over, made with {@code current} from now on;
   * the note for its history (from which version, by whom), or empty (nothing changed) when it is
   * not PARKED or not of that route.
   */
  public Optional<String> replayOnto(RouteVersion current, String actor, Instant now) {
    if (status != DeliveryStatus.PARKED || current.routeId() != routeId) {
      return Optional.empty();
    }
    String note = "現在の設定で再送（" + actor + "）: 版 " + routeVersion + " → 版 " + current.version();
    routeVersion = current.version();
    pattern = current.config().pattern();
    restart(now);
    return Optional.of(note);
  }

  private void restart(Instant now) {
    status = DeliveryStatus.initial(pattern);
    attempts = 0;
    nextAttemptAt = now;
    releaseLease();
    batchId = null;
    updatedAt = now;
  }

  /** 転記済: a clerk entered it into the core system; false when it no longer waits for that. */
  public boolean confirmManually(String reference, Instant now) {
    if (status != DeliveryStatus.WAITING_MANUAL) {
      return false;
    }
    status = DeliveryStatus.DELIVERED;
    coreReference = reference;
    releaseLease();
    updatedAt = now;
    return true;
  }

  /** Taken into a batch a core-system job pulls; false unless it is a pending BATCH delivery. */
  public boolean addToBatch(UUID batch, Instant now) {
    if (pattern != DeliveryPattern.BATCH || status != ADD_TO_BATCH.from()) {
      return false;
    }
    status = ADD_TO_BATCH.to();
    batchId = Objects.requireNonNull(batch, "batch");
    updatedAt = now;
    return true;
  }

  /** The batch job took it: DELIVERED; false when it is no longer in that batch. */
  public boolean acknowledge(UUID batch, Instant now) {
    if (!inBatch(batch)) {
      return false;
    }
    status = DeliveryStatus.DELIVERED;
    coreReference = "batch:" + batch;
    releaseLease();
    updatedAt = now;
    return true;
  }

  /**
   * The batch job refused it: back to clerks (PARKED, flagged with the reason); false when it is no
   * longer in a batch.
   */
  public boolean rejectInBatch(String reason, Instant now) {
    if (status != DeliveryStatus.IN_BATCH) {
      return false;
    }
    status = DeliveryStatus.PARKED;
    lastError = REJECTED_BY_BATCH;
    flaggedReason = shorten("一括取込で差し戻し: " + reason);
    updatedAt = now;
    return true;
  }

  /** Its batch was released unacknowledged: offered again; false when no longer in that batch. */
  public boolean releaseFrom(UUID batch, Instant now) {
    if (!inBatch(batch)) {
      return false;
    }
    status = RELEASE_FROM_BATCH.to();
    batchId = null;
    updatedAt = now;
    return true;
  }

  private boolean inBatch(UUID batch) {
    return status == DeliveryStatus.IN_BATCH && batch != null && batch.equals(batchId);
  }

  /** The delivered record differs from the application (外字, shortened): for a clerk to check. */
  public void flag(String reason, Instant now) {
    flaggedReason = shorten(reason);
    updatedAt = now;
  }

  private void releaseLease() {
    leaseOwner = null;
    leaseToken = null;
    leaseUntil = null;
  }

  /** At most {@link #MAX_TEXT} characters of the text (null stays null). */
  public static String shorten(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  public UUID id() {
    return id;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public String receiptNumber() {
    return receiptNumber;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public long routeId() {
    return routeId;
  }

  public int routeVersion() {
    return routeVersion;
  }

  public DeliveryPattern pattern() {
    return pattern;
  }

  public DeliveryStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String leaseOwner() {
    return leaseOwner;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }

  public UUID batchId() {
    return batchId;
  }

  public String coreReference() {
    return coreReference;
  }

  public String lastError() {
    return lastError;
  }

  public String flaggedReason() {
    return flaggedReason;
  }
}
