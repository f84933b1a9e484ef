package jp.madoguchi.app.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.forms.validation.Violation;
import org.junit.jupiter.api.Test;

class SubmissionChecksTest {

  private final SubmissionChecks checks = new SubmissionChecks();

  @Test
  void aCodeOfThisInstallationIsAccepted() {
    checks.municipalityCode("131016", List.of("131016"));

    assertThat(checks.violations()).isEmpty();
  }

  @Test
  void aValidCodeOfAnotherMunicipalityIsRefused() {
    checks.municipalityCode("011002", List.of("131016", "141003"));

    assertThat(checks.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("municipalityCode", "otherMunicipality"));
    assertThat(checks.violations().get(0).message()).contains("131016、141003");
  }

  @Test
  void aWrongCheckDigitIsACheckDigitErrorWhateverTheInstallation() {
    checks.municipalityCode("131017", List.of("131016"));

    assertThat(checks.violations()).extracting(Violation::code).containsExactly("checkDigit");
  }

  @Test
  void aLoneSurrogateAnywhereInThePulledBodyIsRefused() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("form").put("note", "備考\uD800");

    checks.controlCharacters("", body);

    assertThat(checks.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.note", "invalidCharacter"));
  }
}
