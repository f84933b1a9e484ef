package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken bodies: each is refused with a 4xx problem, stores nothing, leaves the server
 * healthy and leaves no personal data in its log.
 */
class BadInputSuiteIT {

  private static final String MARKER_NAME = "漏洩\u3000検知";

  static Stream<Arguments> bodies() {
    String valid = valid().toString();
    String deep = "[".repeat(5000) + "]".repeat(5000);
    byte[] invalidUtf8 = valid.replace("申請", "XX").getBytes(StandardCharsets.UTF_8);
    invalidUtf8[20] = (byte) 0xC3;
    invalidUtf8[21] = (byte) 0x28;
    return Stream.of(
        Arguments.of("malformed", "{\"receiptNumber\": ".getBytes(StandardCharsets.UTF_8), 400),
        Arguments.of("deeply nested", deep.getBytes(StandardCharsets.UTF_8), 400),
        Arguments.of("invalid UTF-8", invalidUtf8, 400),
        Arguments.of(
            "duplicate keys",
            ("{\"receiptNumber\": \"A-1\", " + valid.substring(1)).getBytes(StandardCharsets.UTF_8),
            400),
        Arguments.of("NUL byte in a name", with("applicant", "name", "山田\u0000太郎"), 422),
        Arguments.of("huge string", with("applicant", "address", "東".repeat(200_000)), 422),
        Arguments.of(
            "SQL injection in kana",
            with("applicant", "nameKana", "'; DROP TABLE application; --"),
            422),
        Arguments.of(
            "SQL injection in the receipt number", receipt("X'; DROP TABLE application; --"), 422),
        Arguments.of(
            "script injection", with("applicant", "nameKana", "<script>alert(1)</script>"), 422),
        Arguments.of("wrong types", with("applicant", "birthDate", null), 422),
        Arguments.of(
            "path traversal in a file name",
            attachment("../../etc/passwd.pdf", ApplicationJson.SMALL_PDF),
            422),
        Arguments.of("zero-byte attachment", attachment("empty.pdf", new byte[0]), 422),
        Arguments.of("array instead of object", "[1,2,3]".getBytes(StandardCharsets.UTF_8), 400));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void isRefusedAndChangesNothing(String what, byte[] body, int status) {
    Map<String, Long> before = MadoguchiServer.get().database().rowCounts();

    Reply reply = Api.portal().post("/api/v1/applications", "application/json", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at jp.");
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
    assertThat(Api.anonymous().get("/health").status()).isEqualTo(200);
  }

  @org.junit.jupiter.api.Test
  void injectionTextInAFreeTextFieldIsStoredAsPlainDataAndHarmsNothing() {
    String hostile = "'); DROP TABLE application; -- <script>alert(1)</script>";
    ObjectNode body = ApplicationJson.valid("DIS-01").json();
    ((ObjectNode) body.get("form")).put("damageDescription", hostile);

    Reply reply = Api.portal().postJson("/api/v1/applications", body);

    assertThat(reply.status()).isEqualTo(201);
    String id = reply.json().get("id").asText();
    Reply detail = Api.as("clerk", "clerk-demo").get("/api/v1/intake/" + id);
    assertThat(detail.json().get("form").get("damageDescription").asText()).isEqualTo(hostile);
    assertThat(MadoguchiServer.get().database().rowCounts().get("application")).isPositive();
  }

  @AfterAll
  static void noPersonalDataInTheLog() throws Exception {
    assertThat(MadoguchiServer.get().log())
        .doesNotContain("漏洩")
        .doesNotContain("DROP TABLE")
        .doesNotContain("<script>");
  }

  private static ObjectNode valid() {
    return ApplicationJson.valid("DIS-01").applicant("name", MARKER_NAME).json();
  }

  private static byte[] with(String block, String field, String value) {
    ObjectNode body = valid();
    if (value == null) {
      ((ObjectNode) body.get(block)).putArray(field).add(1);
    } else {
      ((ObjectNode) body.get(block)).put(field, value);
    }
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] receipt(String receiptNumber) {
    ObjectNode body = valid();
    body.put("receiptNumber", receiptNumber);
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] attachment(String name, byte[] content) {
    ObjectNode body = valid();
    ObjectNode file = body.withArray("attachments").addObject();
    file.put("name", name);
    file.put("mediaType", "application/pdf");
    file.put("content", Base64.getEncoder().encodeToString(content));
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
