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
import java.math.BigDecimal;
import java.time.Instant;
import jp.madoguchi.forms.japanese.DamageGrade;

/**
 * 罹災証明書の交付: one issuance of the certificate of a DIS-01, with the 被害の程度 it certified. Its id, given
 * by the database when stored, is the 交付番号.
 */
@Entity
@Table(name = "disaster_certificate")
public class DisasterCertificateIssue {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Enumerated(EnumType.STRING)
  private DamageGrade grade;

  @Column(name = "ratio_percent")
  private BigDecimal ratioPercent;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  protected DisasterCertificateIssue() {}

  DisasterCertificateIssue(
      Application application, DamageAssessment assessment, String by, Instant at) {
    this.application = application;
    this.grade = assessment.grade();
    this.ratioPercent = assessment.ratioPercent();
    this.issuedBy = by;
    this.issuedAt = at;
  }

  /** The 交付番号; known once the issuance is stored. */
  public String issueNumber() {
    return String.valueOf(id);
  }

  public DamageGrade grade() {
    return grade;
  }

  public BigDecimal ratioPercent() {
    return ratioPercent;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
