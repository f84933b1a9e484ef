package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cross-field rules of the 介護 procedures, seen through whole applications. */
class LongTermCareRulesTest {

  private static final AttachmentRef RECEIPT =
      new AttachmentRef("receipt", "r.pdf", "application/pdf");
  private static final AttachmentRef CATALOG =
      new AttachmentRef("catalog", "c.pdf", "application/pdf");

  @Test
  void moveInCertificationMustBeFiledWithin14DaysOfMovingIn() {
    TestApplication application =
        TestApplication.validSample("LTC-11").set("form.moveInDate", "2026-05-18");
    assertThat(application.validate().isValid()).isTrue();
    assertThat(application.set("form.moveInDate", "2026-05-17").validate().violations())
        .containsExactly(
            new Violation("form.moveInDate", "filingWindow", "この申請は転入日の当日から14日後までの間に行ってください"));
  }

  @Test
  void previousInsurerNumberNeedsTheMedicalInsuranceCheckDigit() {
    TestApplication application = TestApplication.validSample("LTC-11");
    assertThat(application.set("form.previousInsurerNumber", "011007").validate().isValid())
        .isTrue();
    assertThat(application.set("form.previousInsurerNumber", "011006").validate().violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("form.previousInsurerNumber", "checkDigit"));
  }

  @Test
  void costLimitCertificationRequiresConsentToBankInquiries() {
    assertThat(
            TestApplication.validSample("LTC-08")
                .set("form.consent", false)
                .validate()
                .violations())
        .containsExactly(new Violation("form.consent", "mustBeTrue", "金融機関等への調査の同意が必要です"));
  }

  @Test
  void welfareEquipmentOverTheFiscalYearLimitIsAWarningOnTheItems() {
    ValidationResult result =
        TestApplication.validSample("LTC-09")
            .set("form.items[0].amount", 88001)
            .attachments(RECEIPT, CATALOG)
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.warnings())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.items", "fiscalYearLimit"));
  }

  @Test
  void caneBoughtBeforeApril2024IsNotPurchasable() {
    assertThat(
            TestApplication.validSample("LTC-09")
                .set("form.items[1].purchaseDate", "2024-03-31")
                .on(LocalDate.of(2026, 6, 1))
                .validate()
                .violations())
        .extracting(Violation::message)
        .containsExactly("購入した福祉用具（2件目）の種目「多点杖」は2024-04-01以降の購入に限り対象です");
  }

  @Test
  void homeAdaptationPaymentClaimAsksForReceiptsInsteadOfEstimates() {
    TestApplication claim =
        TestApplication.validSample("LTC-10")
            .set("form.phase", "支給申請")
            .remove("form.plannedStart")
            .set("form.startedOn", "2025-09-01")
            .set("form.completedOn", "2025-09-10")
            .set("form.bank", java.util.Map.of("usePublicFundAccount", true));
    assertThat(claim.validate().violations())
        .extracting(Violation::message)
        .containsExactlyInAnyOrder("領収書の添付が必要です", "工事費内訳書の添付が必要です", "改修後の写真（日付入り）の添付が必要です");
  }

  @Test
  void homeAdaptationPriorApplicationForAnotherOwnersHouseNeedsTheOwnersConsent() {
    assertThat(
            TestApplication.validSample("LTC-10")
                .set("form.ownerIsInsured", false)
                .validate()
                .violations())
        .extracting(Violation::message)
        .containsExactly("住宅の所有者の承諾書の添付が必要です");
  }
}
