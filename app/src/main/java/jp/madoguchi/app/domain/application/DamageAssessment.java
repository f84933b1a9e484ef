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
 * 被害の程度の判定: a clerk's setting of a 罹災証明 application's damage grade, with the optional 損害割合
 * (percent, one decimal). Every setting is kept; the latest is the current one.
 */
@Entity
@Table(name = "damage_assessment")
public class DamageAssessment {

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

  /** The application's state when the grade was set (shown in the history). */
  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  @Column(name = "assessed_by")
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  protected DamageAssessment() {}

  DamageAssessment(
      Application application,
      DamageGrade grade,
      BigDecimal ratioPercent,
      ApplicationStatus status,
      String assessedBy,
      Instant assessedAt) {
    this.application = application;
    this.grade = grade;
    this.ratioPercent = ratioPercent;
    this.status = status;
    this.assessedBy = assessedBy;
    this.assessedAt = assessedAt;
  }

  public DamageGrade grade() {
    return grade;
  }

  /** The 損害割合 in percent, or null when the clerk gave none. */
  public BigDecimal ratioPercent() {
    return ratioPercent;
  }

  public ApplicationStatus status() {
    return status;
  }

  public String assessedBy() {
    return assessedBy;
  }

  public Instant assessedAt() {
    return assessedAt;
  }

  /** As printed and shown: 「全壊（損害割合 55.0%）」 or just 「全壊」. */
  public String describe() {
    return ratioPercent == null
        ? grade.label()
        : grade.label() + "（損害割合 " + ratioPercent.toPlainString() + "%）";
  }
}
