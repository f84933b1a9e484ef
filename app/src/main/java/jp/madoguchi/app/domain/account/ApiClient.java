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

/**
 * A system that calls the API with a bearer token (the portal connector, a core system's batch
 * job). Only the SHA-256 of the token is kept; the token is shown once, when created.
 */
@Entity
@Table(name = "api_client")
public class ApiClient {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;

  @Column(name = "token_sha256")
  private String tokenSha256;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "api_client_role", joinColumns = @JoinColumn(name = "client_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  protected ApiClient() {}

  public ApiClient(
      String name,
      String tokenSha256,
      Set<Role> roles,
      String createdBy,
      Instant createdAt,
      Instant expiresAt) {
    this.name = name;
    this.tokenSha256 = tokenSha256;
    this.roles = EnumSet.copyOf(roles);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsable(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public String name() {
    return name;
  }

  public Set<Role> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
