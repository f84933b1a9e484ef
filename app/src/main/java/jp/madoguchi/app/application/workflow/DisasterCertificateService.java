package jp.madoguchi.app.application.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.DisasterCertificateIssue;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.pdf.DisasterCertificate;
import jp.madoguchi.forms.pdf.DisasterCertificatePdf;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * 罹災証明書の発行 (DIS-01): once the application is accepted and a 被害の程度 is set, a clerk prints the
 * certificate; every issuance gets its own 交付番号 and is in the history and the access log.
 */
@ApplicationScoped
public class DisasterCertificateService {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Inject ProcedureAccess access;
  @Inject ApplicationRepository applications;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Inject
  // Optional, not defaultValue = "": MicroProfile Config treats an empty default as no value.
  @ConfigProperty(name = "madoguchi.municipality.mayor-name")
  Optional<String> mayorName;

  @Transactional
  public byte[] issue(UUID id, String clerk) {
    Application application = access.application(id, clerk);
    if (!DamageGrades.appliesTo(application)) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED,
          "罹災証明書は罹災証明書の発行申請（" + DamageGrades.PROCEDURE + "）にだけ発行できます");
    }
    DisasterCertificateIssue issue = application.issueDisasterCertificate(clerk, clock.instant());
    applications.update(application);
    audit.append(
        clerk,
        AuditAction.DISASTER_CERTIFICATE_ISSUED,
        application.receiptNumber().value(),
        "交付番号=" + issue.issueNumber() + " grade=" + issue.grade());
    return new DisasterCertificatePdf().render(certificate(application, issue));
  }

  private DisasterCertificate certificate(Application a, DisasterCertificateIssue issue) {
    JsonNode form = ApplicationViews.parse(a.formJson());
    return new DisasterCertificate(
        a.receiptNumber().value(),
        issue.issueNumber(),
        LocalDate.ofInstant(issue.issuedAt(), JAPAN),
        householdHead(a, form),
        a.applicant().address(),
        text(form, "disasterName"),
        Optional.ofNullable(text(form, "disasterDate")).map(LocalDate::parse).orElse(null),
        text(form, "propertyAddress"),
        issue.grade(),
        issue.ratioPercent(),
        mayorName.filter(name -> !name.isBlank()).orElse("市区町村長"));
  }

  /** The 世帯員 whose 続柄 is 世帯主, else the applicant (who files for the household). */
  private static String householdHead(Application a, JsonNode form) {
    for (JsonNode member : form.path("household")) {
      if ("世帯主".equals(member.path("relationship").asText())) {
        return member.path("name").asText();
      }
    }
    return a.applicant().name();
  }

  private static String text(JsonNode form, String key) {
    String value = form.path(key).asText("");
    return value.isBlank() ? null : value;
  }
}
