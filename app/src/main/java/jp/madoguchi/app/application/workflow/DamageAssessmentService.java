package jp.madoguchi.app.application.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.app.application.accounts.ProcedureAccess;
import jp.madoguchi.app.domain.application.Application;
import jp.madoguchi.app.domain.application.ApplicationRepository;
import jp.madoguchi.app.domain.application.ServiceLevelStore;
import jp.madoguchi.app.domain.audit.AuditAction;
import jp.madoguchi.app.domain.audit.AuditLog;
import jp.madoguchi.forms.japanese.DamageGrade;
import jp.madoguchi.forms.validation.Violation;

/**
 * 被害の程度の判定 (罹災証明書, DIS-01): a clerk sets the damage grade and, optionally, the 損害割合 it rests on.
 * Only for DIS-01; a bad request changes nothing (422 naming the fields).
 */
@ApplicationScoped
public class DamageAssessmentService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject ApplicationRepository applications;
  @Inject ProcedureAccess access;
  @Inject ApplicationViews views;
  @Inject ServiceLevelStore serviceLevels;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** {@code body}: {@code {"grade": "ZENKAI", "ratioPercent": 55.5}} (ratioPercent optional). */
  @Transactional
  public ApplicationDetails assess(UUID id, JsonNode body, String clerk) {
    Application application = access.application(id, clerk);
    if (!DamageGrades.appliesTo(application)) {
      throw new ApplicationProblem(
          ProblemType.VALIDATION_FAILED,
          "被害の程度は罹災証明書の発行申請（" + DamageGrades.PROCEDURE + "）にだけ設定できます");
    }
    List<Violation> violations = new ArrayList<>();
    Optional<DamageGrade> grade = grade(body.path("grade"), violations);
    BigDecimal ratio = ratio(body.path("ratioPercent"), grade, violations);
    if (!violations.isEmpty()) {
      throw ApplicationProblem.invalid(violations);
    }
    var assessment = application.assessDamage(grade.orElseThrow(), ratio, clerk, clock.instant());
    applications.update(application);
    audit.append(
        clerk,
        AuditAction.DAMAGE_GRADE_SET,
        application.receiptNumber().value(),
        "grade=" + assessment.grade() + (ratio == null ? "" : " ratio=" + ratio.toPlainString()));
    return views.details(application, serviceLevels.current(), clock.instant(), clerk);
  }

  private static Optional<DamageGrade> grade(JsonNode value, List<Violation> violations) {
    if (value.isMissingNode() || value.isNull()) {
      violations.add(new Violation("grade", "required", "被害の程度は必須です"));
      return Optional.empty();
    }
    Optional<DamageGrade> grade =
        value.isTextual() ? DamageGrade.of(value.asText()) : Optional.empty();
    if (grade.isEmpty()) {
      violations.add(new Violation("grade", "enum", "被害の程度の値が選択肢にありません"));
    }
    return grade;
  }

  /** Null when absent; a number 0–100 with at most one decimal, inside the grade's range. */
  private static BigDecimal ratio(
      JsonNode value, Optional<DamageGrade> grade, List<Violation> violations) {
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      violations.add(new Violation("ratioPercent", "type", "損害割合は数値（%）で入力してください"));
      return null;
    }
    BigDecimal ratio = value.decimalValue().stripTrailingZeros();
    if (ratio.signum() < 0 || ratio.compareTo(HUNDRED) > 0 || ratio.scale() > 1) {
      violations.add(new Violation("ratioPercent", "range", "損害割合は0〜100（%、小数点以下1桁まで）で入力してください"));
      return null;
    }
    ratio = ratio.setScale(1);
    if (grade.isPresent() && !grade.get().covers(ratio)) {
      violations.add(
          new Violation(
              "ratioPercent",
              "gradeRange",
              "損害割合（"
                  + ratio.toPlainString()
                  + "%）が被害の程度「"
                  + grade.get().label()
                  + "」の範囲（"
                  + grade.get().rangeLabel()
                  + "）と一致しません"));
    }
    return ratio;
  }
}
