package jp.madoguchi.forms.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.samples.SampleApplications;
import jp.madoguchi.forms.validation.ApplicationValidator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Applications stored under an earlier version of a revised definition keep validating and
 * rendering with that version, while the same data no longer satisfies the current one.
 */
class PreviousVersionsTest {

  private static final ApplicationValidator VALIDATOR =
      new ApplicationValidator(Clock.system(SampleApplications.JAPAN));

  @TestFactory
  Stream<DynamicTest> aPreviousVersionSampleIsValidUnderItsVersionButNotUnderTheLatest() {
    return previousSamples()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.name(),
                    () -> {
                      assertThat(SampleDocuments.validate(s.definition(), s.sample()).isValid())
                          .isTrue();
                      ProcedureDefinition latest = SampleDocuments.definition(s.code());
                      assertThat(latest.version()).isGreaterThan(s.definition().version());
                      assertThat(
                              VALIDATOR
                                  .validate(
                                      latest,
                                      s.sample().path("applicant"),
                                      s.sample().path("form"),
                                      SampleApplications.attachments(s.sample()))
                                  .isValid())
                          .isFalse();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> aPreviousVersionSampleRendersItsApplicationPdfAndTranscriptionSheet() {
    return previousSamples()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.name(),
                    () -> {
                      ApplicationDocument document = SampleDocuments.of(s.definition(), s.sample());
                      String name = SampleTexts.compact(s.sample().at("/applicant/name").asText());
                      assertThat(
                              SampleTexts.compact(
                                  PdfText.openPdf(new ApplicationPdf().render(document))))
                          .contains(SampleTexts.compact(s.definition().name()))
                          .contains(name);
                      assertThat(
                              SampleTexts.compact(
                                  PdfText.openPdf(
                                      new TranscriptionSheet()
                                          .render(document, List.of("applicant.name")))))
                          .contains(name);
                    }));
  }

  private record Previous(String code, ProcedureDefinition definition, JsonNode sample) {
    String name() {
      return code + " v" + definition.version();
    }
  }

  private static Stream<Previous> previousSamples() {
    return SampleApplications.codesWithPreviousVersions().stream()
        .flatMap(
            code ->
                SampleApplications.previousVersions(code).entrySet().stream()
                    .map(e -> previous(code, e)));
  }

  private static Previous previous(String code, Map.Entry<Integer, JsonNode> entry) {
    return new Previous(
        code,
        SampleDocuments.CATALOG.version(code, entry.getKey()).orElseThrow(),
        entry.getValue());
  }
}
