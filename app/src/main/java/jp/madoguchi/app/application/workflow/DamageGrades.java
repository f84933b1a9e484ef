package jp.madoguchi.app.application.workflow;

import java.util.Arrays;
import java.util.List;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.DamageAssessment;
import jp.madoguchi.app.domain.application.DisasterCertificateIssue;
import jp.madoguchi.app.domain.application.FieldChange;
import jp.madoguchi.forms.japanese.DamageGrade;

/** How the 被害の程度 (DIS-01) appears in the clerk's views, history and PDF. */
public final class DamageGrades {

  /** The only procedure whose result is a damage grade (domain.md §3.3 DIS-01). */
  static final String PROCEDURE = "DIS-01";

  static final String PDF_LABEL = "被害の程度（職員判定）";

  private DamageGrades() {}

  static boolean appliesTo(Application application) {
    return PROCEDURE.equals(application.procedureCode());
  }

  static ApplicationDetails.DamageGradeView view(DamageAssessment assessment) {
    return new ApplicationDetails.DamageGradeView(
        assessment.grade().name(),
        assessment.grade().label(),
        assessment.ratioPercent(),
        assessment.assessedBy(),
        assessment.assessedAt().toString());
  }

  static List<ApplicationDetails.DamageGradeOption> options() {
    return Arrays.stream(DamageGrade.values())
        .map(g -> new ApplicationDetails.DamageGradeOption(g.name(), g.label(), g.rangeLabel()))
        .toList();
  }

  /** The history line of one 罹災証明書 issuance. */
  static HistoryEntry certificateEntry(Application application, DisasterCertificateIssue issue) {
    return new HistoryEntry(
        issue.issuedAt().toString(),
        issue.issuedBy(),
        application.status().name(),
        application.status().label(),
        application.status().name(),
        application.status().label(),
        "罹災証明書を発行: 交付番号 " + issue.issueNumber() + "（" + issue.grade().label() + "）",
        List.of());
  }

  /**
   * The history line of one setting; {@code before} is the previous setting, described, or null.
   */
  static HistoryEntry historyEntry(DamageAssessment assessment, String before) {
    return new HistoryEntry(
        assessment.assessedAt().toString(),
        assessment.assessedBy(),
        assessment.status().name(),
        assessment.status().label(),
        assessment.status().name(),
        assessment.status().label(),
        "被害の程度を設定: " + assessment.describe(),
        List.of(new FieldChange("damageGrade", before, assessment.describe())));
  }
}
