package jp.madoguchi.app.domain.linkage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * 一括取込: the deliveries a core-system job pulled in one file, leased to it until it acknowledges
 * them. Open until acknowledged, or released when the lease ran out (its deliveries are then
 * offered again, {@link Delivery#RELEASE_FROM_BATCH}). Its items are listed once, in file order,
 * when it is opened; a released or acknowledged batch serves the same file again but changes
 * nothing.
 */
@Entity
@Table(name = "delivery_batch")
public class Batch {

  @Id private UUID id;

  @Column(name = "procedure_code")
  private String procedureCode;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "row_count")
  private int rowCount;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "my_number_exported")
  private boolean myNumberExported;

  protected Batch() {}

  /** A new open batch of {@code rowCount} deliveries, leased to the job until {@code until}. */
  public static Batch open(
      String procedureCode,
      String job,
      int rowCount,
      String mediaType,
      Instant now,
      Instant until) {
    if (rowCount < 1) {
      throw new IllegalArgumentException("a batch holds at least one delivery");
    }
    if (!until.isAfter(now)) {
      throw new IllegalArgumentException("a batch's lease must end after it was opened");
    }
    Batch batch = new Batch();
    batch.id = UUID.randomUUID();
    batch.procedureCode = Objects.requireNonNull(procedureCode, "procedureCode");
    batch.createdBy = Objects.requireNonNull(job, "job");
    batch.rowCount = rowCount;
    batch.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    batch.createdAt = now;
    batch.leaseUntil = until;
    return batch;
  }

  /** Neither acknowledged nor released: its job may still acknowledge it. */
  public boolean isOpen() {
    return acknowledgedAt == null && releasedAt == null;
  }

  /** Open, but its job did not acknowledge it in time. */
  public boolean leaseRanOut(Instant now) {
    return isOpen() && leaseUntil.isBefore(now);
  }

  /** The job confirmed the file (per-receipt rejections aside); refused once closed. */
  public void acknowledge(Instant now) {
    requireOpen();
    acknowledgedAt = now;
  }

  /**
   * Closes a batch whose lease ran out; its deliveries still in it go back by the move returned.
   * Refused while the lease holds or once closed.
   */
  public StatusMove release(Instant now) {
    if (!leaseRanOut(now)) {
      throw new IllegalStateException("batch " + id + " is not expired");
    }
    releasedAt = now;
    return Delivery.RELEASE_FROM_BATCH;
  }

  /** Notes that the file carries 個人番号 (a route version of it exports the column). */
  public void markMyNumberExported() {
    myNumberExported = true;
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new IllegalStateException("batch " + id + " is closed");
    }
  }

  public UUID id() {
    return id;
  }

  public String procedureCode() {
    return procedureCode;
  }

  public int rowCount() {
    return rowCount;
  }

  public String mediaType() {
    return mediaType;
  }

  public boolean myNumberExported() {
    return myNumberExported;
  }

  public Instant leaseUntil() {
    return leaseUntil;
  }
}
