package jp.madoguchi.app.application.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {

  private static final ObjectMapper PARSER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper SORTED =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  /**
   * What intake computed before the digest was streamed from the tree (stored digests of earlier
   * submissions must still recognise their replays): the tree as maps, written with sorted keys.
   */
  private static String earlier(JsonNode document) throws Exception {
    Object plain = SORTED.treeToValue(document, Object.class);
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(SORTED.writeValueAsBytes(plain)));
  }

  static Stream<JsonNode> samples() {
    return SampleApplications.codes().stream()
        .map(
            code ->
                SampleApplications.submission(
                    code,
                    SampleApplications.valid(code),
                    "R-" + code,
                    "2025-10-01T09:30:00+09:00"));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void digestOfEverySampleSubmissionIsTheOneStoredBefore(JsonNode submission) throws Exception {
    assertThat(CanonicalJson.sha256(submission)).isEqualTo(earlier(submission));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"b\":1,\"a\":{\"d\":[3,2,{\"z\":null,\"y\":true}],\"c\":false}}",
        "{\"n\":[0,-1,2147483648,-9223372036854775809,123456789012345678901234567890]}",
        "{\"f\":[1.5,-0.0,1e300,3.14159,1E-7,2.0]}",
        "{\"s\":\"改行\\n\\t\\\"引用\\\" \\u0001 \\ud83d\\ude00 \\u00e9\",\"é\":1,\"Z\":2,\"a\":3}",
        "{\"empty\":{},\"list\":[],\"nested\":[[],[{}]]}"
      })
  void digestOfAnyDocumentIsTheOneStoredBefore(String json) throws Exception {
    JsonNode document = PARSER.readTree(json);
    assertThat(CanonicalJson.sha256(document)).isEqualTo(earlier(document));
  }

  @Test
  void keyOrderAndWhiteSpaceDoNotChangeTheDigest() throws Exception {
    assertThat(CanonicalJson.sha256(PARSER.readTree("{\"a\": 1, \"b\": [true, null]}")))
        .isEqualTo(CanonicalJson.sha256(PARSER.readTree("{\"b\":[true,null],\"a\":1}")));
  }
}
