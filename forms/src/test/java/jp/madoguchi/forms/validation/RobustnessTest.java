package jp.madoguchi.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private final ApplicationValidator validator =
      new ApplicationValidator(TestApplication.clockAt(java.time.LocalDate.of(2026, 6, 1)));

  @Test
  void unknownFormKeyIsReportedSoTyposAreCaught() {
    assertThat(TestApplication.validSample("DIS-01").set("form.copys", 2).validate().violations())
        .containsExactly(new Violation("form.copys", "unknown", "項目「copys」はこの手続にありません"));
  }

  @Test
  void unknownKeyInsideAGroupItemIsReportedWithItsPath() {
    assertThat(
            TestApplication.validSample("CC-01")
                .set("form.children[0].schoolName", "第一小学校")
                .validate()
                .violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(tuple("form.children[0].schoolName", "unknown"));
  }

  @Test
  void formThatIsNotAnObjectIsOneTypeViolation() {
    ValidationResult result =
        validator.validate(
            definition("DIS-01"), sampleApplicant("DIS-01"), JSON.arrayNode(), List.of());
    assertThat(result.violations())
        .extracting(Violation::field, Violation::code)
        .contains(tuple("form", "type"))
        .doesNotContain(tuple("form.cause", "required"));
    assertThat(result.form()).isEmpty();
  }

  @Test
  void nullBlocksAreTreatedAsEmptyAndReportRequiredFields() {
    ValidationResult result =
        validator.validate(definition("DIS-01"), null, NullNode.instance, null);
    assertThat(result.violations())
        .extracting(Violation::field)
        .contains("applicant.name", "form.disasterDate", "attachments");
    assertThat(result.applicant()).isNotNull();
    assertThat(result.form()).isNotNull();
  }

  @Test
  void wrongJsonTypesBecomeTypeViolations() {
    ValidationResult result =
        TestApplication.validSample("CC-01")
            .set("form.children[0]", 5)
            .set("form.hasSpouse", "yes")
            .set("form.spouse", List.of("山田　花子"))
            .set("applicant.name", Map.of("family", "山田"))
            .validate();
    assertThat(result.violations())
        .extracting(Violation::field, Violation::code)
        .contains(
            tuple("form.children[0]", "type"),
            tuple("form.hasSpouse", "type"),
            tuple("form.spouse", "type"),
            tuple("applicant.name", "type"));
  }

  @Test
  void nullAttachmentEntryIsAViolationNotAnException() {
    List<AttachmentRef> attachments = new ArrayList<>(Arrays.asList((AttachmentRef) null));
    ValidationResult result =
        validator.validate(
            definition("DIS-01"), sampleApplicant("DIS-01"), sampleForm("DIS-01"), attachments);
    assertThat(result.violations()).extracting(Violation::field).contains("attachments[0]");
  }

  @Test
  void randomJsonOfAnyShapeNeverThrows() {
    Random random = new Random(42);
    for (ProcedureDefinition definition : TestApplication.CATALOG.latest()) {
      for (int i = 0; i < 300; i++) {
        JsonNode applicant = mutate(sampleApplicant(definition.code()), random);
        JsonNode form = mutate(sampleForm(definition.code()), random);
        ValidationResult result = validator.validate(definition, applicant, form, List.of());
        assertThat(result.applicant()).isNotNull();
        assertThat(result.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
      }
    }
  }

  /** Replaces random values anywhere in the tree by random JSON of random types. */
  private static JsonNode mutate(JsonNode node, Random random) {
    if (random.nextInt(6) == 0) {
      return randomJson(random, 2);
    }
    if (node.isObject()) {
      ObjectNode out = JSON.objectNode();
      node.fields().forEachRemaining(e -> out.set(e.getKey(), mutate(e.getValue(), random)));
      if (random.nextInt(8) == 0) {
        out.set("extra" + random.nextInt(3), randomJson(random, 1));
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JSON.arrayNode();
      node.forEach(item -> out.add(mutate(item, random)));
      return out;
    }
    return node;
  }

  private static JsonNode randomJson(Random random, int depth) {
    return switch (random.nextInt(depth > 0 ? 9 : 7)) {
      case 0 -> NullNode.instance;
      case 1 -> JSON.booleanNode(random.nextBoolean());
      case 2 -> JSON.numberNode(random.nextLong());
      case 3 -> JSON.numberNode(random.nextDouble() * 1e12);
      case 4 -> JSON.textNode("");
      case 5 -> JSON.textNode(randomText(random));
      case 6 -> JSON.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 7 ->
          JSON.arrayNode().add(randomJson(random, depth - 1)).add(randomJson(random, depth - 1));
      default -> JSON.objectNode().set("k", randomJson(random, depth - 1));
    };
  }

  private static String randomText(Random random) {
    String alphabet = "0１-ーｶﾞがR令和元年月日.\u3000 ()\u0000𠮷/A9";
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(20); i > 0; i--) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static ProcedureDefinition definition(String code) {
    return TestApplication.CATALOG.latest(code).orElseThrow();
  }

  private static JsonNode sampleApplicant(String code) {
    return TestApplication.validSample(code).applicant();
  }

  private static JsonNode sampleForm(String code) {
    return TestApplication.validSample(code).form();
  }
}
