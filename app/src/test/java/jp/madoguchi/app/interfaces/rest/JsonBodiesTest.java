package jp.madoguchi.app.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.madoguchi.app.application.ApplicationProblem;
import jp.madoguchi.app.application.ProblemType;
import jp.madoguchi.forms.validation.Violation;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  /** A body of two keys and a nested block, as a record documents it. */
  record Shape(String name, Map<String, Object> form) {}

  @Test
  void aBodyOfKnownKeysIsReadWhole() {
    JsonNode tree = read("{\"name\": \"山田\u3000太郎\", \"form\": {\"copies\": 2, \"x\": null}}");

    assertThat(tree.get("name").asText()).isEqualTo("山田\u3000太郎");
    assertThat(tree.get("form").get("copies").asInt()).isEqualTo(2);
    assertThat(tree.get("form").get("x").isNull()).isTrue();
  }

  @Test
  void whitespaceAfterTheDocumentIsFine() {
    assertThat(read("{\"name\": \"a\"}\r\n  \n").get("name").asText()).isEqualTo("a");
  }

  @Test
  void garbageAfterTheDocumentIs400() {
    assertThat(refusal("{\"name\": \"a\"} garbage").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void aSecondDocumentAfterTheFirstIs400() {
    assertThat(refusal("{\"name\": \"a\"}{\"name\": \"b\"}").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void unknownTopLevelKeysAre422NamingEachOfThem() {
    ApplicationProblem problem = refusal("{\"name\": \"a\", \"extra\": 1, \"more\": {\"x\": [1]}}");

    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
    assertThat(problem.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("extra", "unknown"),
            org.assertj.core.groups.Tuple.tuple("more", "unknown"));
  }

  @Test
  void aHugeArrayUnderAnUnknownKeyIsRefused() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"name\": \"a\", \"padding\": [".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < 2_000_000; i++) {
      body.writeBytes(i == 0 ? new byte[] {'0'} : new byte[] {',', '0'});
    }
    body.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));

    ApplicationProblem problem =
        catchThrowableOfType(
            () -> JsonBodies.read(new ByteArrayInputStream(body.toByteArray()), Shape.class),
            ApplicationProblem.class);

    assertThat(problem.violations()).extracting(Violation::field).containsExactly("padding");
  }

  @Test
  void aNumberBeyondTheRangeOfADoubleIs422NamingItsField() {
    ApplicationProblem problem = refusal("{\"form\": {\"copies\": 1e309}}");

    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
    assertThat(problem.violations())
        .extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("form.copies", "outOfRange"));
  }

  @Test
  void aNegativeInfinityInAnArrayIsNamedWithItsIndex() {
    assertThat(refusal("{\"form\": {\"list\": [1, -1e400]}}").violations())
        .extracting(Violation::field)
        .containsExactly("form.list[1]");
  }

  @Test
  void anIntegerTooLongToReadIs422NamingItsField() {
    ApplicationProblem problem = refusal("{\"form\": {\"copies\": " + "9".repeat(5000) + "}}");

    assertThat(problem.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
    assertThat(problem.violations()).extracting(Violation::field).containsExactly("form.copies");
  }

  @Test
  void notANumberIsNotJsonAnd400() {
    assertThat(refusal("{\"form\": {\"copies\": NaN}}").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void anEscapedLoneSurrogateInAValueIs400() {
    assertThat(refusal("{\"form\": {\"address\": \"東京都\\ud800\"}}").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void aRawLoneSurrogateInAValueIs400() {
    byte[] body = {
      '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'
    };
    ApplicationProblem problem =
        catchThrowableOfType(
            () -> JsonBodies.read(new ByteArrayInputStream(body), Shape.class),
            ApplicationProblem.class);

    assertThat(problem.type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void aLoneSurrogateInANestedKeyIs400() {
    assertThat(refusal("{\"form\": {\"\\udc00\": 1}}").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void aLoneSurrogateInAnUnknownKeyIs400RatherThanQuotedBack() {
    assertThat(refusal("{\"\\ud800\": 1}").type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void aPairedSurrogateIsAnOrdinaryCharacter() {
    assertThat(read("{\"name\": \"\\ud842\\udfb7野\"}").get("name").asText()).isEqualTo("𠮷野");
  }

  @Test
  void anArrayInsteadOfAnObjectIs400() {
    assertThat(refusal("[1, 2, 3]").type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void duplicateKeysAre400() {
    assertThat(refusal("{\"name\": \"a\", \"name\": \"b\"}").type())
        .isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  @Test
  void anEmptyBodyIs400() {
    assertThat(refusal("").type()).isEqualTo(ProblemType.MALFORMED_REQUEST);
  }

  private static JsonNode read(String json) {
    return JsonBodies.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Shape.class);
  }

  private static ApplicationProblem refusal(String json) {
    return catchThrowableOfType(() -> read(json), ApplicationProblem.class);
  }
}
