package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control, bidi and zero-width characters in names, kana and addresses are refused by type. */
class HiddenCharacterRulesTest {

  @Test
  void rightToLeftOverrideInTheApplicantNameIsRefusedNamingTheField() {
    assertThat(violationsWith("CC-01", "applicant.name", "山田\u202E太郎"))
        .containsExactly(
            new Violation(
                "applicant.name",
                "invisibleCharacter",
                "氏名に見えない文字（文字の向きを変える制御文字・幅のない空白など）は入力できません"));
  }

  @Test
  void zeroWidthSpaceInTheApplicantNameIsRefused() {
    assertThat(codes("CC-01", "applicant.name", "山田\u200B太郎"))
        .containsExactly("invisibleCharacter");
  }

  @Test
  void zeroWidthSpaceInKanaIsNamedAsAnInvisibleCharacterNotAsNonKana() {
    assertThat(codes("CC-01", "applicant.nameKana", "ヤマダ\u200Bタロウ"))
        .containsExactly("invisibleCharacter");
  }

  @Test
  void lineBreakInKanaIsRefusedRatherThanTurnedIntoASpace() {
    assertThat(codes("CC-01", "applicant.nameKana", "ヤマダ\nタロウ"))
        .containsExactly("controlCharacter");
  }

  @Test
  void lineBreakInANameIsRefused() {
    assertThat(codes("CC-01", "applicant.name", "山田\n太郎")).containsExactly("controlCharacter");
  }

  @Test
  void lineBreakInTheApplicantAddressIsRefused() {
    assertThat(codes("CC-01", "applicant.address", "東京都千代田区\n千代田1-1"))
        .containsExactly("controlCharacter");
  }

  @Test
  void byteOrderMarkInAnAddressOfTheFormIsRefused() {
    assertThat(codes("DIS-01", "form.propertyAddress", "\uFEFF東京都千代田区千代田1-1"))
        .containsExactly("invisibleCharacter");
  }

  @Test
  void bidiIsolateInASpouseNameIsRefused() {
    assertThat(codes("CC-01", "form.spouse.name", "山田\u2066花子"))
        .containsExactly("invisibleCharacter");
  }

  @Test
  void zeroWidthJoinerInAChildNameIsRefusedNamingTheItem() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.children[0].name", "山田\u200D一郎")
                .validate()
                .violations())
        .extracting(Violation::field)
        .containsExactly("form.children[0].name");
  }

  @Test
  void loneSurrogateInAnAddressIsInvalid() {
    assertThat(codes("CC-01", "applicant.address", "東京都\uD800千代田区"))
        .containsExactly("invalidCharacter");
  }

  @Test
  void freeTextKeepsItsLineBreaksButNotInvisibleCharacters() {
    assertThat(codes("DIS-01", "form.damageDescription", "屋根が破損。\n床上浸水。")).isEmpty();
    assertThat(codes("DIS-01", "form.damageDescription", "屋根が破損。\u202E"))
        .containsExactly("invisibleCharacter");
  }

  @Test
  void addressFieldsAreTypedAsAddressInTheDefinitions() {
    var definition = TestApplication.CATALOG.latest("DIS-01").orElseThrow();
    assertThat(definition.applicant().fields())
        .filteredOn(f -> f.key().equals("address"))
        .extracting(f -> f.type().name())
        .containsExactly("ADDRESS");
  }

  private static java.util.List<Violation> violationsWith(String code, String path, String value) {
    return TestApplication.validSample(code).set(path, value).validate().violations();
  }

  private static java.util.List<String> codes(String code, String path, String value) {
    return violationsWith(code, path, value).stream().map(Violation::code).toList();
  }
}
