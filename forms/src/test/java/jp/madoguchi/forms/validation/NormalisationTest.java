package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalisationTest {

  @Test
  void fullWidthAndHyphenatedIdentifiersAreStoredAsAsciiDigits() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("applicant.myNumber", "１２３４－５６７８－９０１８")
            .set("applicant.postalCode", "１００ー０００１")
            .set("applicant.phone", "(090) 1234-5678")
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.applicant().path("myNumber").asText()).isEqualTo("123456789018");
    assertThat(result.applicant().path("postalCode").asText()).isEqualTo("1000001");
    assertThat(result.applicant().path("phone").asText()).isEqualTo("09012345678");
  }

  @Test
  void kanaIsMadeFullWidthKatakanaWithComposedVoicedMarks() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("applicant.nameKana", "ﾔﾏﾀﾞ ﾀﾛｳ")
            .set("form.children[0].nameKana", "やまだ　いちろう")
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.applicant().path("nameKana").asText()).isEqualTo("ヤマダ\u3000タロウ");
    assertThat(result.form().path("children").get(0).path("nameKana").asText())
        .isEqualTo("ヤマダ\u3000イチロウ");
  }

  @Test
  void warekiDatesAreStoredAsIsoDates() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("applicant.birthDate", "昭和63年6月15日")
            .set("form.children[0].birthDate", "R3.5.10")
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.applicant().path("birthDate").asText()).isEqualTo("1988-06-15");
    assertThat(result.form().path("children").get(0).path("birthDate").asText())
        .isEqualTo("2021-05-10");
  }

  @Test
  void anAsciiSpaceInANameBecomesOneIdeographicSpace() {
    ValidationResult result =
        TestApplication.validSample("CC-01").set("applicant.name", " 山田  太郎 ").validate();
    assertThat(result.applicant().path("name").asText()).isEqualTo("山田\u3000太郎");
  }

  @Test
  void bankAccountIsPaddedAndHolderKanaConvertedToZengin() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.bank.accountNumber", "１２３４５")
            .set("form.bank.holderKana", "やまだ　たろう")
            .set("form.bank.accountType", "普通")
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.form().path("bank").path("accountNumber").asText()).isEqualTo("0012345");
    assertThat(result.form().path("bank").path("holderKana").asText()).isEqualTo("ﾔﾏﾀﾞ ﾀﾛｳ");
    assertThat(result.form().path("bank").path("accountType").asText()).isEqualTo("1");
  }

  @Test
  void numbersAndBooleansSentAsStringsAreTyped() {
    ValidationResult result =
        TestApplication.validSample("DIS-01")
            .set("form.copies", "３")
            .set("form.alreadyRepaired", "false")
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.form().path("copies").isIntegralNumber()).isTrue();
    assertThat(result.form().path("copies").asInt()).isEqualTo(3);
    assertThat(result.form().path("alreadyRepaired").isBoolean()).isTrue();
  }

  @Test
  void blankAndNullValuesAreLeftOutOfTheNormalisedCopy() {
    ValidationResult result =
        TestApplication.validSample("DIS-01")
            .set("form.disasterName", "  ")
            .set("form.purpose", null)
            .validate();
    assertThat(result.violations()).isEmpty();
    assertThat(result.form().has("disasterName")).isFalse();
    assertThat(result.form().has("purpose")).isFalse();
  }

  @Test
  void theInputIsNotModified() {
    TestApplication application =
        TestApplication.validSample("CC-01").set("applicant.postalCode", "100-0001");
    application.validate();
    assertThat(application.applicant().path("postalCode").asText()).isEqualTo("100-0001");
  }
}
