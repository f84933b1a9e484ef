package jp.madoguchi.app.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Per-procedure settings IT staff change: for now the service level (標準処理期間) in days. */
@Entity
@Table(name = "procedure_setting")
public class ProcedureSetting {

  @Id
  @Column(name = "procedure_code")
  private String procedureCode;

  @Column(name = "service_level_days")
  private int serviceLevelDays;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ProcedureSetting() {}

  ProcedureSetting(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  void change(int days, String by, Instant at) {
    this.serviceLevelDays = days;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  String procedureCode() {
    return procedureCode;
  }

  int serviceLevelDays() {
    return serviceLevelDays;
  }
}
