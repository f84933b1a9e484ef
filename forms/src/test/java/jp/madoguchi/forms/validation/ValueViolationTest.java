package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueViolationTest {

  @Test
  void wrongMyNumberCheckDigitHasAJapaneseMessage() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("applicant.myNumber", "123456789012")
                .validate()
                .violations())
        .containsExactly(
            new Violation("applicant.myNumber", "checkDigit", "個人番号のチェックデジットが正しくありません"));
  }

  @Test
  void kanaFieldWithKanjiIsRejected() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("applicant.nameKana", "山田　太郎")
                .validate()
                .violations())
        .containsExactly(new Violation("applicant.nameKana", "kana", "氏名カナは全角カタカナで入力してください"));
  }

  @Test
  void futureBirthDateIsRejected() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("applicant.birthDate", "2026-06-02")
                .validate()
                .violations())
        .extracting(Violation::code)
        .containsExactly("futureDate");
  }

  @Test
  void futureDateIsAcceptedWhereTheFieldAllowsIt() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.reasonDate", "2026-07-01")
                .validate()
                .isValid())
        .isTrue();
  }

  @Test
  void dateInTheWrongEraIsRejected() {
    assertThat(
            TestApplication.validSample("DIS-01")
                .set("form.disasterDate", "平成31年5月1日")
                .validate()
                .violations())
        .containsExactly(new Violation("form.disasterDate", "era", "災害発生日の元号と日付が一致しません"));
  }

  @Test
  void textLongerThanItsLimitCountsCodePoints() {
    String within = "𠮷".repeat(100); // 100 code points, 200 UTF-16 units
    assertThat(
            TestApplication.validSample("DIS-01").set("form.purpose", within).validate().isValid())
        .isTrue();
    assertThat(
            TestApplication.validSample("DIS-01")
                .set("form.purpose", within + "a")
                .validate()
                .violations())
        .containsExactly(new Violation("form.purpose", "maxLength", "提出先は100文字以内で入力してください"));
  }

  @Test
  void intOutsideItsRangeIsReported() {
    assertThat(TestApplication.validSample("DIS-01").set("form.copies", 0).validate().violations())
        .containsExactly(new Violation("form.copies", "min", "必要枚数は1以上で入力してください"));
  }

  @Test
  void decimalForAnIntIsRejected() {
    assertThat(
            TestApplication.validSample("DIS-01").set("form.copies", 1.5).validate().violations())
        .extracting(Violation::code)
        .containsExactly("integer");
  }

  @Test
  void valueOutsideTheOptionsIsAnEnumViolation() {
    assertThat(
            TestApplication.validSample("DIS-01").set("form.cause", "火災").validate().violations())
        .containsExactly(new Violation("form.cause", "enum", "被害の原因の値が選択肢にありません"));
  }

  @Test
  void savingsAccountIsNotOfferedForChildAllowance() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.bank.accountType", "4")
                .validate()
                .violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.bank.accountType", "enum"));
  }

  @Test
  void zenginHolderWithUnsafeCharacterIsRejected() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.bank.holderKana", "ヤマダ・タロウ")
                .validate()
                .violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.bank.holderKana", "zengin"));
  }

  @Test
  void attachmentOfAnotherMediaTypeIsRejected() {
    assertThat(
            TestApplication.validSample("DIS-01")
                .attachments(
                    new AttachmentRef("damagePhoto", "a.jpg", "image/jpeg"),
                    new AttachmentRef(null, "macro.docm", "application/vnd.ms-word"))
                .validate()
                .violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("attachments[1].mediaType", "mediaType"));
  }
}
