package jp.madoguchi.app.domain.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * 担当手続の限定: the procedure groups and procedure codes one staff account is limited to. An account
 * without an assignment works on every procedure (the default, also for accounts created earlier).
 */
@Entity
@Table(name = "app_user_procedure_scope")
public class ProcedureAssignment {

  @Id private String username;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_procedure_group", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "group_name")
  private Set<String> groups = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_procedure_code", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "procedure_code")
  private Set<String> codes = new TreeSet<>();

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private Instant changedAt;

  protected ProcedureAssignment() {}

  public ProcedureAssignment(String username) {
    this.username = username;
  }

  /** Limits the account to these groups (by their own names) and codes. */
  public void limitTo(Set<String> groups, Set<String> codes, String admin, Instant now) {
    if (groups.isEmpty() && codes.isEmpty()) {
      throw new IllegalArgumentException("an assignment names at least one group or code");
    }
    this.groups.clear();
    this.groups.addAll(groups);
    this.codes.clear();
    this.codes.addAll(codes);
    this.changedBy = admin;
    this.changedAt = now;
  }

  public ProcedureScope scope(ProcedureGroups catalog) {
    return catalog.scope(groups, codes);
  }

  public String username() {
    return username;
  }

  public Set<String> groups() {
    return Collections.unmodifiableSet(new TreeSet<>(groups));
  }

  public Set<String> codes() {
    return Collections.unmodifiableSet(new TreeSet<>(codes));
  }

  public String changedBy() {
    return changedBy;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
