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

  /** Issue 15 point 7: what a fresh clone accepted (or answered 500) before strict input. */
  static Stream<Arguments> strictBodies() {
    return Stream.of(
        Arguments.of(
            "copies 1e309 (DIS-01)", raw(valid(), "form", "copies", "1e309"), 422, "form.copies"),
        Arguments.of(
            "pregnancyWeeks 1e309 (CC-15)",
            raw(marked("CC-15"), "form", "pregnancyWeeks", "1e309"),
            422,
            "form.pregnancyWeeks"),
        Arguments.of(
            "integer of 5,000 digits",
            raw(valid(), "form", "copies", "9".repeat(5000)),
            422,
            "form.copies"),
        Arguments.of("negative zero", raw(valid(), "form", "copies", "-0"), 422, "form.copies"),
        Arguments.of("NaN", raw(valid(), "form", "copies", "NaN"), 400, null),
        Arguments.of("garbage after the object", utf8(valid() + " garbage"), 400, null),
        Arguments.of(
            "a second object after the first", utf8(valid() + valid().toString()), 400, null),
        Arguments.of("unknown key holding 2,000,000 elements", hugeUnknownKey(), 422, "padding"),
        Arguments.of(
            "escaped lone surrogate in the address",
            raw(valid(), "applicant", "address", "\"東京都千代田区\\ud800千代田1-1\""),
            400,
            null),
        Arguments.of("raw lone surrogate bytes in the address", rawSurrogateInAddress(), 400, null),
        Arguments.of(
            "escaped lone surrogate in a form key",
            utf8(valid().toString().replace("\"copies\"", "\"\\udc00copies\"")),
            400,
            null),
        Arguments.of(
            "right-to-left override in 氏名",
            with("applicant", "name", "漏洩\u202E検知"),
            422,
            "applicant.name"),
        Arguments.of(
            "zero-width space in 氏名",
            with("applicant", "name", "漏洩\u200B検知"),
            422,
            "applicant.name"),
        Arguments.of(
            "zero-width joiner in 氏名カナ",
            with("applicant", "nameKana", "ロウエイ\u200Dケンチ"),
            422,
            "applicant.nameKana"),
        Arguments.of(
            "byte order mark in 被災住家の所在地",
            with("form", "propertyAddress", "\uFEFF東京都千代田区千代田1-1"),
            422,
            "form.propertyAddress"),
        Arguments.of(
            "line break in 住所",
            with("applicant", "address", "東京都千代田区\n千代田1-1"),
            422,
            "applicant.address"),
        Arguments.of(
            "municipality code of another municipality",
            municipality("011002"),
            422,
            "municipalityCode"),
        Arguments.of(
            "attachment kind the definition does not have",
            unknownKind(),
            422,
            "attachments[2].kind"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("strictBodies")
  void strictInputIsRefusedNamingTheFieldAndStoresNothing(
      String what, byte[] body, int status, String field) {
    Map<String, Long> before = MadoguchiServer.get().database().rowCounts();

    Reply reply = Api.portal().post("/api/v1/applications", "application/json", body);

    assertThat(reply.status()).as(reply.text()).isEqualTo(status);
    assertThat(reply.contentType()).startsWith("application/problem+json");
    assertThat(reply.json().get("title").asText()).matches(".*[\\p{IsHan}\\p{IsKatakana}].*");
    if (field != null) {
      assertThat(reply.json().get("errors").findValuesAsText("field")).contains(field);
    }
    assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at jp.");
    assertThat(MadoguchiServer.get().database().rowCounts()).isEqualTo(before);
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
    return marked("DIS-01");
  }

  private static ObjectNode marked(String procedureCode) {
    return ApplicationJson.valid(procedureCode).applicant("name", MARKER_NAME).json();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The body with {@code block.field} set to {@code json}, written as it is (not as a string). */
  private static byte[] raw(ObjectNode body, String block, String field, String json) {
    String placeholder = "RAW-VALUE-" + java.util.UUID.randomUUID();
    ((ObjectNode) body.get(block)).put(field, placeholder);
    return utf8(body.toString().replace("\"" + placeholder + "\"", json));
  }

  private static byte[] rawSurrogateInAddress() {
    String placeholder = "RAW-SURROGATE";
    ObjectNode body = valid();
    ((ObjectNode) body.get("applicant")).put("address", "東京都千代田区" + placeholder);
    byte[] text = utf8(body.toString());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    String json = new String(text, StandardCharsets.UTF_8);
    int at = json.indexOf(placeholder);
    out.writeBytes(utf8(json.substring(0, at)));
    out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    out.writeBytes(utf8(json.substring(at + placeholder.length())));
    return out.toByteArray();
  }

  private static byte[] hugeUnknownKey() {
    StringBuilder array = new StringBuilder(4_000_000).append('[');
    for (int i = 0; i < 2_000_000; i++) {
      array.append(i == 0 ? "0" : ",0");
    }
    String body = valid().toString();
    return utf8(body.substring(0, body.length() - 1) + ",\"padding\":" + array + "]}");
  }

  private static byte[] municipality(String code) {
    ObjectNode body = valid();
    body.put("municipalityCode", code);
    return utf8(body.toString());
  }

  private static byte[] unknownKind() {
    ObjectNode body = valid();
    ObjectNode file = body.withArray("attachments").addObject();
    file.put("kind", "passport");
    file.put("name", "passport.pdf");
    file.put("mediaType", "application/pdf");
    file.put("content", Base64.getEncoder().encodeToString(ApplicationJson.SMALL_PDF));
    return utf8(body.toString());
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
