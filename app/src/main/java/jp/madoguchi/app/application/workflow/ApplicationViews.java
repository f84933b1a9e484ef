package jp.madoguchi.app.application.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.application.LinkageTrigger;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.application.Applicant;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationStatus;
import jp.madoguchi.app.domain.application.DamageAssessment;
import jp.madoguchi.app.domain.application.FieldChange;
import jp.madoguchi.app.domain.application.ServiceLevels;
import jp.madoguchi.app.domain.application.StatusChange;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.pdf.ApplicationDocument;
import jp.madoguchi.forms.pdf.AttachedFile;
import jp.madoguchi.forms.validation.Violation;

/** Turns applications into the views clerks get; called inside the loading transaction. */
@ApplicationScoped
public class ApplicationViews {

  public static final ObjectMapper JSON = new ObjectMapper();

  @Inject ProcedureCatalog catalog;
  @Inject ApplicantIdentification identification;
  @Inject ApplicationLinks links;
  @Inject ProcedureAccess access;
  @Inject LinkageTrigger outbox;

  public QueueItem item(Application a, ServiceLevels levels, Instant now) {
    return new QueueItem(
        a.id().toString(),
        a.receiptNumber().value(),
        a.procedureCode(),
        procedureName(a),
        a.status().name(),
        a.status().label(),
        a.status().portalStatus().label(),
        a.applicant().name(),
        a.applicant().nameKana(),
        a.receivedAt().toString(),
        levels.dueDate(a).toString(),
        levels.isOverdue(a, now),
        a.assignee(),
        a.version());
  }

  /** The detail {@code viewer} gets: linked applications only within the viewer's scope. */
  public ApplicationDetails details(
      Application a, ServiceLevels levels, Instant now, String viewer) {
    return new ApplicationDetails(
        a.id().toString(),
        a.receiptNumber().value(),
        a.procedureCode(),
        procedureName(a),
        a.definitionVersion(),
        a.status().name(),
        a.status().label(),
        a.status().portalStatus().label(),
        a.version(),
        a.revision(),
        a.assignee(),
        a.receivedAt().toString(),
        a.submittedAt().toString(),
        a.updatedAt().toString(),
        levels.dueDate(a).toString(),
        levels.isOverdue(a, now),
        a.statusMessage(),
        applicant(a.applicant()),
        parse(a.formJson()),
        a.attachments().stream()
            .map(
                f ->
                    new ApplicationDetails.AttachmentSummary(
                        f.id().toString(),
                        f.revision(),
                        f.kind(),
                        f.fileName(),
                        f.mediaType(),
                        f.sizeBytes(),
                        f.sha256(),
                        f.sanitisedSha256(),
                        f.removed()))
            .toList(),
        a.comments().stream()
            .map(
                c ->
                    new ApplicationDetails.CommentView(
                        c.author(), c.body(), c.createdAt().toString()))
            .toList(),
        warnings(a),
        DamageGrades.appliesTo(a)
            ? a.damageAssessment().map(DamageGrades::view).orElse(null)
            : null,
        DamageGrades.appliesTo(a) ? DamageGrades.options() : null,
        identification.of(a.id()).orElse(null),
        links.of(a, access.scopeOf(viewer)),
        WorkflowAction.allowedFrom(
                a.status(), a.status() == ApplicationStatus.ACCEPTED && outbox.hasDeliveries(a))
            .stream()
            .map(Enum::name)
            .toList());
  }

  /** Status changes and 被害の程度 settings, oldest first. */
  public List<HistoryEntry> history(Application a) {
    record Timed(Instant at, HistoryEntry entry) {}
    List<Timed> entries = new ArrayList<>();
    a.history().forEach(change -> entries.add(new Timed(change.changedAt(), entry(change))));
    String before = null;
    for (DamageAssessment assessment : a.damageAssessments()) {
      entries.add(
          new Timed(assessment.assessedAt(), DamageGrades.historyEntry(assessment, before)));
      before = assessment.describe();
    }
    a.certificateIssues()
        .forEach(
            issue ->
                entries.add(new Timed(issue.issuedAt(), DamageGrades.certificateEntry(a, issue))));
    entries.sort(Comparator.comparing(Timed::at));
    return entries.stream().map(Timed::entry).toList();
  }

  /** The validation warnings stored with the application (none for older applications). */
  public static List<Violation> warnings(Application a) {
    if (a.warningsJson() == null) {
      return List.of();
    }
    try {
      return JSON.readValue(a.warningsJson(), new TypeReference<List<Violation>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored warnings unreadable", e);
    }
  }

  /** The applicant block with 個人番号 masked (********9018), as stored revisions keep it too. */
  public static Map<String, Object> applicant(Applicant applicant) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", applicant.name());
    view.put("nameKana", applicant.nameKana());
    view.put("birthDate", applicant.birthDate().toString());
    view.put("sex", applicant.sex());
    view.put("postalCode", applicant.postalCode());
    view.put("address", applicant.address());
    view.put("phone", applicant.phone());
    view.put("relationship", applicant.relationship());
    view.put("myNumber", applicant.myNumber() == null ? null : applicant.myNumber().masked());
    return view;
  }

  private static HistoryEntry entry(StatusChange change) {
    ApplicationStatus from = change.from();
    return new HistoryEntry(
        change.changedAt().toString(),
        change.actor(),
        from == null ? null : from.name(),
        from == null ? null : from.label(),
        change.to().name(),
        change.to().label(),
        change.reason(),
        changes(change.changesJson()));
  }

  private static List<FieldChange> changes(String json) {
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<FieldChange>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored field changes unreadable", e);
    }
  }

  /** What the PDF renderers need: the stored definition version and the masked data. */
  public ApplicationDocument document(Application a) {
    ProcedureDefinition definition =
        catalog
            .version(a.procedureCode(), a.definitionVersion())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "definition "
                            + a.procedureCode()
                            + " v"
                            + a.definitionVersion()
                            + " missing"));
    return new ApplicationDocument(
        definition,
        a.receiptNumber().value(),
        a.receivedAt(),
        a.submittedAt(),
        a.municipalityCode(),
        a.status().label(),
        JSON.valueToTree(applicant(a.applicant())),
        (ObjectNode) parse(a.formJson()),
        a.attachments().stream()
            .map(f -> new AttachedFile(f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256()))
            .toList(),
        warnings(a).stream().map(Violation::message).toList(),
        a.damageAssessment()
            .map(d -> Map.of(DamageGrades.PDF_LABEL, d.describe()))
            .orElse(Map.of()));
  }

  private String procedureName(Application a) {
    return catalog
        .version(a.procedureCode(), a.definitionVersion())
        .or(() -> catalog.latest(a.procedureCode()))
        .map(ProcedureDefinition::name)
        .orElse(a.procedureCode());
  }

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored form data unreadable", e);
    }
  }
}
