package jp.madoguchi.app.domain.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The data of an application as it was before a resubmission (補正) replaced it. */
@Entity
@Table(name = "application_revision")
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  private int revision;

  @Column(name = "request_sha256")
  private String requestSha256;

  @Column(name = "applicant_json")
  private String applicantJson;

  @Column(name = "form_json")
  private String formJson;

  @Column(name = "replaced_at")
  private Instant replacedAt;

  protected Revision() {}

  Revision(
      Application application,
      int revision,
      String requestSha256,
      String applicantJson,
      String formJson,
      Instant replacedAt) {
    this.application = application;
    this.revision = revision;
    this.requestSha256 = requestSha256;
    this.applicantJson = applicantJson;
    this.formJson = formJson;
    this.replacedAt = replacedAt;
  }

  public int revision() {
    return revision;
  }

  public String requestSha256() {
    return requestSha256;
  }

  public String formJson() {
    return formJson;
  }

  /** Replaces the stored form by its sealed text (個人番号 masked); null keeps it. */
  void replaceForm(String maskedFormJson) {
    if (maskedFormJson != null) {
      formJson = maskedFormJson;
    }
  }

  public Instant replacedAt() {
    return replacedAt;
  }
}
