package jp.madoguchi.app.domain.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** 申請: one submission from the portal and everything that happened to it since. */
@Entity
@Table(name = "application")
public class Application {

  /** The actor recorded for steps taken by the portal itself. */
  public static final String PORTAL_ACTOR = "portal";

  @Id private UUID id;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "procedure_code")
  private String procedureCode;

  @Column(name = "definition_version")
  private int definitionVersion;

  @Column(name = "municipality_code")
  private String municipalityCode;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  @Column(name = "status_message")
  private String statusMessage;

  @Version private long version;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "request_sha256")
  private String requestSha256;

  @Embedded private Applicant applicant;

  @Column(name = "form_json")
  private String formJson;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Attachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<StatusChange> history = new ArrayList<>();

  protected Application() {}

  /** 受付: a new application as the portal submitted it, in state RECEIVED. */
  public static Application receive(Submission submission, String actor, Instant now) {
    Application application = new Application();
    application.id = UUID.randomUUID();
    application.receiptNumber = submission.receiptNumber().value();
    application.procedureCode = submission.procedureCode();
    application.definitionVersion = submission.definitionVersion();
    application.municipalityCode = submission.municipalityCode();
    application.submittedAt = submission.submittedAt();
    application.receivedAt = now;
    application.updatedAt = now;
    application.requestSha256 = submission.requestSha256();
    application.applicant = submission.applicant();
    application.formJson = submission.formJson();
    application.status = ApplicationStatus.RECEIVED;
    List<AttachmentUpload> uploads = submission.attachments();
    for (int position = 0; position < uploads.size(); position++) {
      application.attachments.add(new Attachment(application, position, uploads.get(position)));
    }
    application.history.add(
        new StatusChange(application, null, ApplicationStatus.RECEIVED, actor, null, now));
    return application;
  }

  /** Whether {@code requestSha256} is the digest of the very request that created this. */
  public boolean wasCreatedBy(String requestSha256) {
    return this.requestSha256.equals(requestSha256);
  }

  public UUID id() {
    return id;
  }

  public ReceiptNumber receiptNumber() {
    return new ReceiptNumber(receiptNumber);
  }

  public String procedureCode() {
    return procedureCode;
  }

  public int definitionVersion() {
    return definitionVersion;
  }

  public String municipalityCode() {
    return municipalityCode;
  }

  public ApplicationStatus status() {
    return status;
  }

  /** The correction request or decision reason shown to the resident, if any. */
  public String statusMessage() {
    return statusMessage;
  }

  public long version() {
    return version;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Applicant applicant() {
    return applicant;
  }

  public String formJson() {
    return formJson;
  }

  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }
}
