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

  protected StatusChange() {}

  StatusChange(
      Application application,
      ApplicationStatus from,
      ApplicationStatus to,
      String actor,
      String reason,
      Instant changedAt) {
    this.application = application;
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
}
