package jp.madoguchi.app.domain.application;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import jp.madoguchi.forms.japanese.DamageGrade;

/** 申請: one submission from the portal and everything that happened to it since. */
@Entity
@Table(name = "application")
public class Application {

  /** The actor recorded for steps taken by the portal itself. */
  public static final String PORTAL_ACTOR = "portal";

  /** The actor recorded when the linkage engine moves an application. */
  public static final String LINKAGE_ACTOR = "linkage";

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

  /** The applicant's name as the queue search compares it ({@link SearchKey}). */
  @Column(name = "search_name")
  private String searchName;

  /** The applicant's kana as the queue search compares it ({@link SearchKey}). */
  @Column(name = "search_kana")
  private String searchKana;

  /** Whether the search keys are current (false for rows older than V112 until the backfill). */
  @Column(name = "search_keyed")
  private boolean searchKeyed = true;

  @Column(name = "form_json")
  private String formJson;

  /** The portal client (or the portal pull) that submitted it: the only one that follows it. */
  @Column(name = "submitted_by")
  private String submittedBy;

  /** Warnings of the validation at receipt, a JSON array of {field, code, message}; may be null. */
  /** The 受付番号 of the application this one names (MOV-IN → its MOV-OUT); null if none. */
  @Column(name = "linked_receipt_number")
  private String linkedReceiptNumber;

  @Column(name = "warnings_json")
  private String warningsJson;

  /** 個人番号 of the form, encrypted, of this and earlier revisions. */
  @ElementCollection
  @CollectionTable(
      name = "application_my_number",
      joinColumns = @JoinColumn(name = "application_id"))
  private List<FormMyNumber> formMyNumbers = new ArrayList<>();

  /** Whether the stored texts hold 個人番号 only masked (false for rows older than V100). */
  @Column(name = "my_numbers_sealed")
  private boolean myNumbersSealed = true;

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<Attachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<StatusChange> history = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<Comment> comments = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("revision")
  private List<Revision> revisions = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<DamageAssessment> damageAssessments = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<DisasterCertificateIssue> certificateIssues = new ArrayList<>();

  /** The clerk working on it (担当者), if any. */
  private String assignee;

  /** 1 for the original submission, +1 for each resubmission after 補正依頼. */
  private int revision = 1;

  protected Application() {}

  /** The 受付番号 this application names (a 転入予約's 転出届), if any. */
  public Optional<String> linkedReceiptNumber() {
    return Optional.ofNullable(linkedReceiptNumber);
  }

  /** 受付: a new application as the portal submitted it, in state RECEIVED. */
  public static Application receive(
      Submission submission, Submitter submitter, String actor, Instant now) {
    Application application = new Application();
    application.id = UUID.randomUUID();
    application.submittedBy = submitter.name();
    application.receiptNumber = submission.receiptNumber().value();
    application.procedureCode = submission.procedureCode();
    application.definitionVersion = submission.definitionVersion();
    application.municipalityCode = submission.municipalityCode();
    application.submittedAt = submission.submittedAt();
    application.receivedAt = now;
    application.updatedAt = now;
    application.requestSha256 = submission.requestSha256();
    application.applicant = submission.applicant();
    application.keySearch();
    application.formJson = submission.formJson();
    application.keepFormMyNumbers(submission);
    application.warningsJson = submission.warningsJson();
    application.linkedReceiptNumber = submission.linkedReceiptNumber();
    application.status = ApplicationStatus.RECEIVED;
    List<AttachmentUpload> uploads = submission.attachments();
    for (int position = 0; position < uploads.size(); position++) {
      application.attachments.add(
          new Attachment(application, position, application.revision, uploads.get(position)));
    }
    application.history.add(
        new StatusChange(application, null, ApplicationStatus.RECEIVED, actor, null, now, null));
    return application;
  }

  /**
   * 受付エラー: a submission Madoguchi could not take in as it stands (e.g. its electronic signature
   * failed verification). Stored for clerks to see, with the reason the portal shows the resident;
   * no workflow step leads out of it.
   */
  public static Application receiveWithIntakeError(
      Submission submission, Submitter submitter, String reason, String actor, Instant now) {
    requireReason(reason, "受付エラー");
    Application application = receive(submission, submitter, actor, now);
    application.status = ApplicationStatus.INTAKE_ERROR;
    application.statusMessage = "受付エラー: " + reason;
    application.history.clear();
    application.history.add(
        new StatusChange(
            application, null, ApplicationStatus.INTAKE_ERROR, actor, reason, now, null));
    return application;
  }

  // ---- workflow (design.md "Application lifecycle") ----

  /** 着手: a clerk starts reviewing a received application, and becomes its 担当 when nobody is. */
  public void startReview(String clerk, Instant now) {
    move(
        "着手",
        EnumSet.of(ApplicationStatus.RECEIVED),
        ApplicationStatus.UNDER_REVIEW,
        clerk,
        null,
        now);
    if (assignee == null) {
      assignee = clerk;
    }
  }

  /** 補正依頼: the resident is asked to correct the application; the reason is shown on the portal. */
  public void returnForCorrection(String reason, String clerk, Instant now) {
    requireReason(reason, "補正依頼");
    move(
        "補正依頼",
        EnumSet.of(ApplicationStatus.UNDER_REVIEW),
        ApplicationStatus.RETURNED_FOR_CORRECTION,
        clerk,
        reason,
        now);
    statusMessage = "補正依頼: " + reason;
  }

  /** 受理 */
  public void accept(String clerk, Instant now) {
    move(
        "受理",
        EnumSet.of(ApplicationStatus.UNDER_REVIEW),
        ApplicationStatus.ACCEPTED,
        clerk,
        null,
        now);
  }

  /** 基幹連携済: every delivery of the accepted application is confirmed by its core system. */
  public void link(Instant now) {
    move(
        "基幹連携",
        EnumSet.of(ApplicationStatus.ACCEPTED),
        ApplicationStatus.LINKED,
        LINKAGE_ACTOR,
        null,
        now);
  }

  /** 却下: a formal refusal; the portal shows 完了 with a message stating 却下 and the reason. */
  public void reject(String reason, String clerk, Instant now) {
    requireReason(reason, "却下");
    move(
        "却下",
        EnumSet.of(ApplicationStatus.UNDER_REVIEW),
        ApplicationStatus.REJECTED,
        clerk,
        reason,
        now);
    statusMessage = "却下: " + reason;
  }

  /**
   * 完了. From LINKED, or from ACCEPTED when the application has no deliveries to core systems
   * ({@code hasDeliveries} is false: no linkage route applies).
   */
  public void complete(boolean hasDeliveries, String clerk, Instant now) {
    if (status == ApplicationStatus.ACCEPTED && hasDeliveries) {
      throw new WorkflowViolation("基幹システムへの連携が終わっていないため完了にできません");
    }
    move(
        "完了",
        EnumSet.of(ApplicationStatus.ACCEPTED, ApplicationStatus.LINKED),
        ApplicationStatus.COMPLETED,
        clerk,
        null,
        now);
    statusMessage = null;
  }

  /** 取下げ by the resident, possible until the application is accepted. */
  public void withdraw(String reason, String actor, Instant now) {
    move(
        "取下げ",
        EnumSet.of(
            ApplicationStatus.RECEIVED,
            ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.RETURNED_FOR_CORRECTION),
        ApplicationStatus.WITHDRAWN,
        actor,
        reason,
        now);
    statusMessage = reason == null || reason.isBlank() ? "取下げ" : "取下げ: " + reason;
  }

  /**
   * 再提出 after 補正依頼: the corrected data replaces the current one, which is kept as a revision; the
   * history records which fields changed.
   */
  public void resubmit(
      Submission corrected,
      String previousApplicantJson,
      String changesJson,
      String actor,
      Instant now) {
    if (status != ApplicationStatus.RETURNED_FOR_CORRECTION) {
      throw WorkflowViolation.illegal("再提出", status);
    }
    revisions.add(
        new Revision(this, revision, requestSha256, previousApplicantJson, formJson, now));
    revision++;
    requestSha256 = corrected.requestSha256();
    definitionVersion = corrected.definitionVersion();
    submittedAt = corrected.submittedAt();
    applicant = corrected.applicant();
    keySearch();
    formJson = corrected.formJson();
    keepFormMyNumbers(corrected);
    warningsJson = corrected.warningsJson();
    linkedReceiptNumber = corrected.linkedReceiptNumber();
    List<AttachmentUpload> uploads = corrected.attachments();
    for (int i = 0; i < uploads.size(); i++) {
      attachments.add(new Attachment(this, attachments.size(), revision, uploads.get(i)));
    }
    ApplicationStatus from = status;
    status = ApplicationStatus.UNDER_REVIEW;
    statusMessage = null;
    updatedAt = now;
    history.add(new StatusChange(this, from, status, actor, "再提出", now, changesJson));
  }

  /** Whether {@code requestSha256} made this application or one of its earlier revisions. */
  public boolean wasEverSubmittedAs(String sha256) {
    return requestSha256.equals(sha256)
        || revisions.stream().anyMatch(r -> r.requestSha256().equals(sha256));
  }

  // ---- clerk-set results ----

  /**
   * 被害の程度の判定 (罹災証明, DIS-01): records the grade and optional 損害割合 the clerk set; the caller has
   * checked that the ratio lies in the grade's range. Not possible once the application was
   * rejected or withdrawn.
   */
  public DamageAssessment assessDamage(
      DamageGrade grade, BigDecimal ratioPercent, String clerk, Instant now) {
    if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.WITHDRAWN) {
      throw WorkflowViolation.illegal("被害の程度の設定", status);
    }
    DamageAssessment assessment =
        new DamageAssessment(this, grade, ratioPercent, status, clerk, now);
    damageAssessments.add(assessment);
    updatedAt = now;
    return assessment;
  }

  /** The current 被害の程度, if a clerk has set one. */
  public Optional<DamageAssessment> damageAssessment() {
    return damageAssessments.isEmpty()
        ? Optional.empty()
        : Optional.of(damageAssessments.get(damageAssessments.size() - 1));
  }

  public List<DamageAssessment> damageAssessments() {
    return Collections.unmodifiableList(damageAssessments);
  }

  /**
   * 罹災証明書の交付 (DIS-01): possible once the application is accepted (受理, 基幹連携済 or 完了) and a 被害の程度 is
   * set; the certificate states the current grade. The caller stores the application to give the
   * issuance its 交付番号.
   */
  public DisasterCertificateIssue issueDisasterCertificate(String clerk, Instant now) {
    if (status != ApplicationStatus.ACCEPTED
        && status != ApplicationStatus.LINKED
        && status != ApplicationStatus.COMPLETED) {
      throw new WorkflowViolation("罹災証明書は受理した申請にだけ発行できます（現在の状態: " + status.label() + "）");
    }
    DamageAssessment assessment =
        damageAssessment().orElseThrow(() -> new WorkflowViolation("罹災証明書を発行する前に被害の程度を設定してください"));
    DisasterCertificateIssue issue = new DisasterCertificateIssue(this, assessment, clerk, now);
    certificateIssues.add(issue);
    return issue;
  }

  public List<DisasterCertificateIssue> certificateIssues() {
    return Collections.unmodifiableList(certificateIssues);
  }

  // ---- assignment and notes ----

  /** 担当: the clerk takes the application; someone else's claim must be released first. */
  public void claim(String clerk) {
    if (assignee != null && !assignee.equals(clerk)) {
      throw new WorkflowViolation("この申請は " + assignee + " さんが担当しています");
    }
    assignee = clerk;
  }

  /** Gives the application back to the queue; only its assignee or a supervisor may. */
  public void release(String clerk, boolean supervisor) {
    if (assignee != null && !assignee.equals(clerk) && !supervisor) {
      throw new WorkflowViolation("担当者（" + assignee + "）以外は担当を外せません");
    }
    assignee = null;
  }

  /** 担当替え by a supervisor. */
  public void reassign(String clerk) {
    assignee = clerk;
  }

  public Comment addComment(String author, String body, Instant now) {
    Comment comment = new Comment(this, author, body, now);
    comments.add(comment);
    return comment;
  }

  /** Fails with 409 unless the client saw the current version. */
  public void checkVersion(long expectedVersion) {
    if (expectedVersion != version) {
      throw WorkflowViolation.stale(expectedVersion, version);
    }
  }

  private void move(
      String step,
      Set<ApplicationStatus> allowedFrom,
      ApplicationStatus to,
      String actor,
      String reason,
      Instant now) {
    if (!allowedFrom.contains(status)) {
      throw WorkflowViolation.illegal(step, status);
    }
    ApplicationStatus from = status;
    status = to;
    updatedAt = now;
    history.add(new StatusChange(this, from, to, actor, reason, now, null));
  }

  private void keySearch() {
    searchName = SearchKey.of(applicant.name());
    searchKana = SearchKey.of(applicant.nameKana());
    searchKeyed = true;
  }

  private static void requireReason(String reason, String step) {
    if (reason == null || reason.isBlank()) {
      throw new WorkflowViolation("「" + step + "」には理由が必要です");
    }
  }

  public UUID id() {
    return id;
  }

  public Submitter submitter() {
    return new Submitter(submittedBy);
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

  /** The form's 個人番号 of the current revision, encrypted, by field path. */
  public Map<String, EncryptedMyNumber> formMyNumbers() {
    Map<String, EncryptedMyNumber> current = new LinkedHashMap<>();
    formMyNumbers.stream()
        .filter(n -> n.revision() == revision)
        .forEach(n -> current.put(n.fieldPath(), n.number()));
    return current;
  }

  /** The 個人番号 a path names ({@code applicant.myNumber}, {@code form.spouse.myNumber}). */
  public Optional<EncryptedMyNumber> myNumberAt(String path) {
    if ("applicant.myNumber".equals(path)) {
      return Optional.ofNullable(applicant.myNumber());
    }
    return Optional.ofNullable(formMyNumbers().get(path));
  }

  public boolean myNumbersSealed() {
    return myNumbersSealed;
  }

  /**
   * Seals an application stored before 個人番号 were protected by type: the texts given hold every
   * number masked, and the numbers found in them are kept encrypted under their paths.
   */
  public void seal(
      String maskedFormJson,
      Map<Integer, Map<String, EncryptedMyNumber>> numbersByRevision,
      Map<Integer, String> maskedRevisionForms,
      UnaryOperator<String> sealChanges) {
    formJson = maskedFormJson;
    numbersByRevision.forEach(
        (rev, numbers) ->
            numbers.forEach(
                (path, number) -> {
                  boolean known =
                      formMyNumbers.stream()
                          .anyMatch(n -> n.revision() == rev && n.fieldPath().equals(path));
                  if (!known) {
                    formMyNumbers.add(new FormMyNumber(rev, path, number));
                  }
                }));
    revisions.forEach(r -> r.replaceForm(maskedRevisionForms.get(r.revision())));
    history.forEach(change -> change.replaceChanges(sealChanges.apply(change.changesJson())));
    myNumbersSealed = true;
  }

  private void keepFormMyNumbers(Submission submission) {
    submission
        .formMyNumbers()
        .forEach((path, number) -> formMyNumbers.add(new FormMyNumber(revision, path, number)));
  }

  /** The stored validation warnings as JSON (an array), or null when there were none recorded. */
  public String warningsJson() {
    return warningsJson;
  }

  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  public List<StatusChange> history() {
    return Collections.unmodifiableList(history);
  }

  public List<Comment> comments() {
    return Collections.unmodifiableList(comments);
  }

  public List<Revision> revisions() {
    return Collections.unmodifiableList(revisions);
  }

  public String assignee() {
    return assignee;
  }

  public int revision() {
    return revision;
  }
}
