package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void childIsEligibleUntilTheFirstMarch31AfterReaching18() {
    TestApplication application =
        TestApplication.validSample("CC-01").set("form.children[0].birthDate", "2007-04-01");
    assertThat(application.on(LocalDate.of(2025, 3, 31)).validate().isValid()).isTrue();
    assertThat(application.on(LocalDate.of(2025, 4, 1)).validate().violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("form.children[0].birthDate", "childAgeLimit"));
  }

  @Test
  void childBornOnTheSecondOfAprilStaysEligibleAnotherYear() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.children[0].birthDate", "2007-04-02")
                .on(LocalDate.of(2026, 3, 31))
                .validate()
                .isValid())
        .isTrue();
  }

  @Test
  void collegeAgeChildMustBePastHighSchoolAgeAndWithin22() {
    Map<String, Object> student =
        Map.of("name", "山田　一", "nameKana", "ヤマダ　ハジメ", "birthDate", "2006-04-02");
    TestApplication application =
        TestApplication.validSample("CC-01")
            .set("form.collegeAgeChildren", List.of(student))
            .attachments(
                new AttachmentRef("healthInsuranceCopy", "a.pdf", "application/pdf"),
                new AttachmentRef("collegeAgeConfirmation", "b.pdf", "application/pdf"));
    assertThat(application.on(LocalDate.of(2025, 4, 1)).validate().isValid()).isTrue();
    assertThat(application.on(LocalDate.of(2025, 3, 31)).validate().violations())
        .extracting(Violation::field)
        .containsExactly("form.collegeAgeChildren[0].birthDate");
    assertThat(application.on(LocalDate.of(2029, 4, 1)).validate().violations())
        .extracting(Violation::field)
        .containsExactly("form.collegeAgeChildren[0].birthDate");
  }

  @Test
  void collegeAgeChildrenNeedTheConfirmationAttachment() {
    Map<String, Object> student =
        Map.of("name", "山田　一", "nameKana", "ヤマダ　ハジメ", "birthDate", "2006-04-02");
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.collegeAgeChildren", List.of(student))
                .on(LocalDate.of(2025, 6, 1))
                .validate()
                .violations())
        .extracting(Violation::message)
        .containsExactly("監護相当・生計費の負担についての確認書の添付が必要です");
  }

  @Test
  void accountMustBeInTheApplicantsName() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.bank.holderKana", "ヤマダ ハナコ")
                .validate()
                .violations())
        .containsExactly(
            new Violation("form.bank.holderKana", "accountHolder", "振込先口座の口座名義カナは申請者本人の名義にしてください"));
  }

  @Test
  void firstCategoryInsuredMustHaveReached65() {
    TestApplication application =
        TestApplication.validSample("LTC-01").set("applicant.birthDate", "1961-04-01");
    assertThat(application.on(LocalDate.of(2026, 3, 31)).validate().isValid()).isTrue();
    assertThat(application.on(LocalDate.of(2026, 3, 30)).validate().violations())
        .containsExactly(
            new Violation("form.insuredCategory", "ageCategory", "被保険者区分が年齢（64歳）と一致しません"));
  }

  @Test
  void insuredCategoryUsesTheInsuredsBirthDateWhenTheApplicantIsFamily() {
    TestApplication application =
        TestApplication.validSample("LTC-01")
            .set("applicant.relationship", "子")
            .set("applicant.birthDate", "1975-01-01")
            .set(
                "form.insured",
                Map.of(
                    "name", "田中　正雄",
                    "nameKana", "タナカ　マサオ",
                    "birthDate", "1950-03-03",
                    "myNumber", "271828182840",
                    "insuredNumber", "0123456789",
                    "address", "大阪府大阪市北区梅田1-1-1"));
    assertThat(application.validate().violations()).isEmpty();
  }
}
