package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules of severity {@code warning} (domain.md's soft rules): they are reported as warnings naming
 * the field's label, never as violations, so the application stays valid.
 */
class WarningRulesTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

  @Test
  void changeNotifiedAfter14DaysIsAcceptedWithAWarningOnTheChangeDate() {
    ValidationResult result =
        TestApplication.validSample("CC-03")
            .set("form.changeDate", MONDAY.minusDays(15).toString())
            .on(MONDAY)
            .validate();

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            new Violation("form.changeDate", "filingWindow", "この申請は変更日の当日から14日後までの間に行ってください"));
  }

  @Test
  void changeNotifiedOnThe14thDayHasNoWarning() {
    ValidationResult result =
        TestApplication.validSample("CC-03")
            .set("form.changeDate", MONDAY.minusDays(14).toString())
            .on(MONDAY)
            .validate();

    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void currentStatusNoticeOutsideAugustIsAcceptedWithAWarning() {
    ValidationResult result = TestApplication.validSample("CC-14").on(MONDAY).validate();

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            new Violation(
                "form", "annualPeriod", "児童扶養手当の現況届の提出期間（8月1日〜8月31日）外の申請です（受付日 2026-11-16）"));
  }

  @Test
  void currentStatusNoticeOnTheFirstAndLastDayOfAugustHasNoWarning() {
    assertThat(
            TestApplication.validSample("CC-14").on(LocalDate.of(2026, 8, 1)).validate().warnings())
        .isEmpty();
    assertThat(
            TestApplication.validSample("CC-14")
                .on(LocalDate.of(2026, 8, 31))
                .validate()
                .warnings())
        .isEmpty();
    assertThat(
            TestApplication.validSample("CC-14").on(LocalDate.of(2026, 9, 1)).validate().warnings())
        .hasSize(1);
  }

  @Test
  void homeRenovationAboveTheLifetimeLimitIsAcceptedWithAWarningNamingTheCost() {
    ValidationResult result =
        TestApplication.validSample("LTC-10").set("form.cost", 200001).validate();

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            new Violation(
                "form.cost",
                "amountLimit",
                "改修費用（事前申請は見積額）（200,001円）が支給限度基準額（1人生涯 200,000円）を超えています。超過分は支給の対象外です"));
  }

  @Test
  void homeRenovationAtTheLimitHasNoWarning() {
    assertThat(TestApplication.validSample("LTC-10").set("form.cost", 200000).validate().warnings())
        .isEmpty();
  }

  @Test
  void visitOnTheDayOfSubmissionIsAcceptedWithAWarning() {
    ValidationResult result = moveIn(MONDAY, MONDAY).validate();

    assertThat(result.isValid()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            new Violation(
                "form.visitDate",
                "nextOpenDay",
                "来庁予定日が翌開庁日（2026-11-17）より前です。転出地からのデータが届いていないおそれがあります"));
  }

  @Test
  void visitOnTheNextOpenDayHasNoWarning() {
    assertThat(moveIn(MONDAY, MONDAY.plusDays(1)).validate().warnings()).isEmpty();
  }

  @Test
  void visitOnTheSaturdayAfterAFridaySubmissionIsWarnedAbout() {
    LocalDate friday = LocalDate.of(2026, 11, 27);
    assertThat(moveIn(friday, friday.plusDays(1)).validate().warnings())
        .extracting(Violation::field)
        .containsExactly("form.visitDate");
    assertThat(moveIn(friday, friday.plusDays(3)).validate().warnings()).isEmpty();
  }

  @Test
  void aWarningDoesNotHideTheErrorsOfTheSameApplication() {
    ValidationResult result =
        TestApplication.validSample("LTC-10")
            .set("form.cost", 300000)
            .set("form.houseAddress", "")
            .validate();

    assertThat(result.violations())
        .extracting(Violation::field)
        .containsExactly("form.houseAddress");
    assertThat(result.warnings()).extracting(Violation::field).containsExactly("form.cost");
  }

  private static TestApplication moveIn(LocalDate today, LocalDate visit) {
    return TestApplication.validSample("MOV-IN")
        .set("form.moveOutDate", today.minusDays(3).toString())
        .set("form.moveInDate", today.minusDays(1).toString())
        .set("form.visitDate", visit.toString())
        .on(today);
  }
}
