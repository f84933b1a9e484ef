package jp.madoguchi.app.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** A person or system that signs in: clerk, portal, batch job, IT staff, auditor. */
@Entity
@Table(name = "app_user")
public class UserAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  private boolean enabled;

  /** Created by demo mode; production mode refuses to run while such accounts exist. */
  private boolean demo;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "password_changed_at")
  private Instant passwordChangedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {}

  public UserAccount(
      String username, String passwordHash, Set<Role> roles, boolean demo, Instant createdAt) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.demo = demo;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  /** Failed logins in a row that lock the account for {@link #LOCK_DURATION}. */
  public static final int MAX_FAILED_LOGINS = 5;

  public static final java.time.Duration LOCK_DURATION = java.time.Duration.ofMinutes(15);

  public boolean isLocked(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  /**
   * Counts a failed login; the fifth in a row locks a person's account for a while. Accounts of
   * systems (PORTAL, BATCH) are never locked, or anyone could stop intake by guessing: their
   * failures are throttled per source address instead.
   */
  public void loginFailed(Instant now) {
    if (isMachine()) {
      return;
    }
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = now.plus(LOCK_DURATION);
      failedLogins = 0;
    }
  }

  /** An account of a system (the portal connector, a batch job), not of a person. */
  public boolean isMachine() {
    return DutySeparation.isMachine(roles);
  }

  public void loginSucceeded() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    passwordChangedAt = now;
    failedLogins = 0;
    lockedUntil = null;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
  }

  public void changeRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean demo() {
    return demo;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }
}
