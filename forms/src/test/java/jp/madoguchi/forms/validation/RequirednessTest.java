package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequirednessTest {

  @Test
  void missingRequiredFieldIsReportedWithItsLabel() {
    ValidationResult result =
        TestApplication.validSample("CC-01").remove("applicant.birthDate").validate();
    assertThat(result.violations())
        .containsExactly(new Violation("applicant.birthDate", "required", "生年月日は必須です"));
  }

  @Test
  void requiredFieldInsideAGroupItemIsReportedWithItsIndex() {
    ValidationResult result =
        TestApplication.validSample("CC-01").remove("form.children[1].birthDate").validate();
    assertThat(result.violations())
        .containsExactly(
            new Violation("form.children[1].birthDate", "required", "児童（2件目）の生年月日は必須です"));
  }

  @Test
  void spouseIsRequiredOnlyWhenHasSpouseIsTrue() {
    assertThat(TestApplication.validSample("CC-01").remove("form.spouse").validate().violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.spouse", "required"));
    assertThat(
            TestApplication.validSample("CC-01")
                .remove("form.spouse")
                .set("form.hasSpouse", false)
                .validate()
                .isValid())
        .isTrue();
  }

  @Test
  void conditionRelativeToTheGroupItemRequiresAddressOfAChildLivingApart() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.children[1].cohabiting", false)
            .set("form.children[1].myNumber", "111122223333")
            .attachments(
                new AttachmentRef("healthInsuranceCopy", "a.pdf", "application/pdf"),
                new AttachmentRef("separateCustodyStatement", "b.pdf", "application/pdf"))
            .validate();
    assertThat(result.violations())
        .extracting(Violation::field)
        .containsExactly("form.children[1].address");
  }

  @Test
  void publicFundAccountMakesTheRestOfTheBankBlockOptional() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.bank", Map.of("usePublicFundAccount", true))
            .validate();
    assertThat(result.violations()).isEmpty();
  }

  @Test
  void bankBlockFieldsAreRequiredWithoutPublicFundAccount() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.bank", Map.of("usePublicFundAccount", false, "bankName", "みずほ銀行"))
            .validate();
    assertThat(result.violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder(
            "form.bank.bankCode",
            "form.bank.branchCode",
            "form.bank.accountType",
            "form.bank.accountNumber",
            "form.bank.holderKana");
  }

  @Test
  void emptyGroupCountsAsMissing() {
    ValidationResult result =
        TestApplication.validSample("CC-01").set("form.children", List.of()).validate();
    assertThat(result.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.children", "required"));
  }

  @Test
  void groupWithMoreItemsThanAllowedIsReported() {
    Map<String, Object> child =
        Map.of(
            "name", "山田　一郎",
            "nameKana", "ヤマダ　イチロウ",
            "birthDate", "2021-05-10",
            "relationship", "長男",
            "cohabiting", true);
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.children", java.util.Collections.nCopies(21, child))
            .validate();
    assertThat(result.violations())
        .containsExactly(new Violation("form.children", "maxItems", "児童は20件以内で入力してください"));
  }

  @Test
  void applicantMyNumberFollowsAConditionOnTheApplicantsRelationship() {
    assertThat(
            TestApplication.validSample("LTC-01")
                .remove("applicant.myNumber")
                .validate()
                .violations())
        .extracting(Violation::field)
        .containsExactly("applicant.myNumber");
  }

  @Test
  void requiredAttachmentMissingIsReportedOnAttachments() {
    ValidationResult result = TestApplication.validSample("DIS-01").attachments().validate();
    assertThat(result.violations())
        .containsExactly(new Violation("attachments", "required", "被害状況の写真の添付が必要です"));
  }

  @Test
  void conditionalAttachmentFollowsAnAgeConditionOverGroupItems() {
    TestApplication application =
        TestApplication.validSample("CC-01")
            .set("form.children[1].birthDate", "2024-12-01")
            .attachments();
    assertThat(application.validate().violations())
        .extracting(Violation::message)
        .containsExactly("健康保険証等・資格確認書類の写しの添付が必要です");
    assertThat(application.set("form.pensionType", "国民年金").validate().isValid()).isTrue();
  }

  @Test
  void originalsToFollowAreNotRequiredAsUploads() {
    assertThat(
            TestApplication.validSample("LTC-01")
                .set("form.hasInsuredCard", true)
                .attachments()
                .validate()
                .isValid())
        .isTrue();
  }
}
