package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of an application's history: who moved it from which state to which, when and why. */
@Entity
@Table(name = "status_change")
public class StatusChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private ApplicationStatus to;

  private String actor;

  private String reason;

  @Column(name = "changed_at")
  private Instant changedAt;

  /** Position in the portal's status-change feed; assigned when the change is stored. */
  @Column(name = "feed_position", insertable = false, updatable = false)
  private Long feedPosition;

  /** For a resubmission: the fields it changed, as JSON written by the use case. */
  @Column(name = "changes_json")
  private String changesJson;

  protected StatusChange() {}

  StatusChange(
      Application application,
      ApplicationStatus from,
      ApplicationStatus to,
      String actor,
      String reason,
      Instant changedAt,
      String changesJson) {
    this.application = application;
    this.changesJson = changesJson;
    this.from = from;
    this.to = to;
    this.actor = actor;
    this.reason = reason;
    this.changedAt = changedAt;
  }

  public ApplicationStatus from() {
    return from;
  }

  public ApplicationStatus to() {
    return to;
  }

  public String actor() {
    return actor;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public Long feedPosition() {
    return feedPosition;
  }

  public String changesJson() {
    return changesJson;
  }

  /** Replaces the recorded field changes by their sealed text (個人番号 masked). */
  void replaceChanges(String sealedChangesJson) {
    changesJson = sealedChangesJson;
  }

  public Application application() {
    return application;
  }
}
