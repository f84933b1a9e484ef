package jp.madoguchi.forms.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import jp.madoguchi.forms.validation.ApplicationValidator;
import jp.madoguchi.forms.validation.ValidationResult;
import jp.madoguchi.forms.validation.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SampleApplicationsTest {

  private static final ProcedureCatalog CATALOG = ProcedureCatalog.loadDefault();
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private final ApplicationValidator validator =
      new ApplicationValidator(Clock.system(SampleApplications.JAPAN));

  @TestFactory
  Stream<DynamicTest> everyValidSampleValidatesClean() {
    return SampleApplications.codes().stream()
        .map(
            code ->
                DynamicTest.dynamicTest(
                    code,
                    () ->
                        assertThat(validate(code, SampleApplications.valid(code)).violations())
                            .isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyInvalidSampleFailsExactlyOnItsExpectedFields() {
    return SampleApplications.codes().stream()
        .flatMap(
            code ->
                SampleApplications.invalid(code).stream()
                    .map(
                        sample ->
                            DynamicTest.dynamicTest(
                                code + " " + sample.path("expectedErrors"),
                                () -> {
                                  Set<String> fields = new HashSet<>();
                                  validate(code, sample).violations().stream()
                                      .map(Violation::field)
                                      .forEach(fields::add);
                                  Set<String> expected = new HashSet<>();
                                  sample
                                      .path("expectedErrors")
                                      .forEach(e -> expected.add(e.asText()));
                                  assertThat(fields).isEqualTo(expected);
                                })));
  }

  @TestFactory
  Stream<DynamicTest> everyValidSampleHasNoWarningInsideEveryFilingPeriod() {
    LocalDate inAugust = LocalDate.of(2026, 8, 20);
    ApplicationValidator onThatDay =
        new ApplicationValidator(Clock.fixed(inAugust.atStartOfDay(TOKYO).toInstant(), TOKYO));
    return SampleApplications.codes().stream()
        .map(
            code ->
                DynamicTest.dynamicTest(
                    code,
                    () ->
                        assertThat(
                                validate(onThatDay, code, SampleApplications.valid(code, inAugust))
                                    .warnings())
                            .isEmpty()));
  }

  @TestFactory
  Stream<DynamicTest> everyWarningSampleIsValidAndWarnsExactlyOnItsExpectedFields() {
    LocalDate today = LocalDate.now(TOKYO);
    ApplicationValidator validator = new ApplicationValidator(Clock.system(TOKYO));
    return SampleApplications.codesWithWarnings().stream()
        .flatMap(
            code ->
                SampleApplications.withWarnings(code, today).stream()
                    .map(
                        sample ->
                            DynamicTest.dynamicTest(
                                code + " " + sample.path("expectedWarnings"),
                                () -> {
                                  ValidationResult result = validate(validator, code, sample);
                                  assertThat(result.violations()).isEmpty();
                                  Set<String> fields = new HashSet<>();
                                  result.warnings().stream()
                                      .map(Violation::field)
                                      .forEach(fields::add);
                                  assertThat(fields)
                                      .isEqualTo(
                                          SampleApplications.expectedWarnings(sample, today));
                                })));
  }

  @Test
  void warningSamplesOutsideTheirPeriodExpectTheirWarningsAndInsideNone() {
    JsonNode sample = SampleApplications.withWarnings("CC-14", LocalDate.of(2026, 11, 1)).get(0);
    assertThat(SampleApplications.expectedWarnings(sample, LocalDate.of(2026, 11, 1)))
        .containsExactly("form");
    assertThat(SampleApplications.expectedWarnings(sample, LocalDate.of(2026, 8, 31))).isEmpty();
  }

  @Test
  void everyWarningSampleFileIsListedWithItsExpectedWarnings() throws IOException {
    Path root = Path.of("src/main/resources/samples");
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        List<JsonNode> listed =
            SampleApplications.withWarnings(
                folder.getFileName().toString(), SampleApplications.today());
        assertThat(listed).as(folder.toString()).hasSize(count(folder, "warning-"));
        assertThat(listed)
            .allSatisfy(s -> assertThat(s.path("expectedWarnings").isEmpty()).isFalse());
      }
    }
  }

  @Test
  void everyCatalogProcedureHasAValidAndAtLeastThreeInvalidSamples() {
    for (ProcedureDefinition definition : CATALOG.latest()) {
      assertThat(SampleApplications.valid(definition.code())).isNotNull();
      assertThat(SampleApplications.invalid(definition.code())).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void sampleIndexCoversEveryCatalogProcedureInCatalogOrder() {
    assertThat(SampleApplications.codes())
        .containsExactlyElementsOf(
            CATALOG.latest().stream().map(ProcedureDefinition::code).toList())
        .hasSize(33);
  }

  @Test
  void everyInvalidSampleFileIsListedInTheIndexWithItsExpectedErrors() throws IOException {
    Path root = Path.of("src/main/resources/samples");
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        List<JsonNode> listed = SampleApplications.invalid(folder.getFileName().toString());
        assertThat(listed).as(folder.toString()).hasSize(count(folder, "invalid-"));
        assertThat(listed)
            .allSatisfy(s -> assertThat(s.path("expectedErrors").isEmpty()).isFalse());
      }
    }
  }

  @Test
  void validSamplesUseACorrectCheckDigitAndFullWidthSpaceInNames() {
    for (String code : SampleApplications.codes()) {
      JsonNode applicant = SampleApplications.valid(code).path("applicant");
      assertThat(applicant.path("name").asText()).contains("\u3000");
    }
  }

  private static int count(Path folder, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return (int) files.filter(p -> p.getFileName().toString().startsWith(prefix)).count();
    }
  }

  private ValidationResult validate(String code, JsonNode sample) {
    return validate(validator, code, sample);
  }

  private static ValidationResult validate(
      ApplicationValidator validator, String code, JsonNode sample) {
    ProcedureDefinition definition = CATALOG.latest(code).orElseThrow();
    return validator.validate(
        definition,
        sample.path("applicant"),
        sample.path("form"),
        SampleApplications.attachments(sample));
  }
}
