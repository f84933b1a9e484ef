package jp.madoguchi.app.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * ロール付与申請: one IT_ADMIN asks for a role of {@link DutySeparation#NEEDS_SECOND_ADMIN} to be given to
 * a user; a second, different IT_ADMIN approves or rejects it. The requester cannot approve, nor
 * can the user who would receive the role.
 */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

  /** Where a grant stands. */
  public enum State {
    PENDING,
    APPROVED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Enumerated(EnumType.STRING)
  private Role role;

  @Enumerated(EnumType.STRING)
  private State state;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected RoleGrant() {}

  public RoleGrant(String username, Role role, String requestedBy, Instant requestedAt) {
    DutySeparation.notOwnAccount(requestedBy, username);
    this.username = username;
    this.role = role;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.state = State.PENDING;
  }

  /** 承認: by an IT_ADMIN who neither asked for this grant nor would receive it. */
  public void approve(String admin, Instant now) {
    pending();
    DutySeparation.notOwnAccount(admin, username);
    if (admin.equals(requestedBy)) {
      throw new DutyViolation(
          DutyViolation.Kind.OWN_REQUEST, "自分が申請したロール付与は承認できません。別のシステム管理者が承認してください");
    }
    decide(State.APPROVED, admin, now);
  }

  /** 却下: by any IT_ADMIN, the requester included (who thereby withdraws the request). */
  public void reject(String admin, Instant now) {
    pending();
    decide(State.REJECTED, admin, now);
  }

  private void pending() {
    if (state != State.PENDING) {
      throw new DutyViolation(
          DutyViolation.Kind.ALREADY_DECIDED,
          "このロール付与申請は既に" + (state == State.APPROVED ? "承認" : "却下") + "されています");
    }
  }

  private void decide(State outcome, String admin, Instant now) {
    state = outcome;
    decidedBy = admin;
    decidedAt = now;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public State state() {
    return state;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant requestedAt() {
    return requestedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}
