package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import jp.madoguchi.app.it.Api.Reply;
import jp.madoguchi.forms.samples.SampleApplications;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample of every procedure, through the real API: valid ones in, invalid ones named. */
class CatalogSamplesIT {

  static Stream<String> procedures() {
    return SampleApplications.codes().stream();
  }

  static Stream<Arguments> invalidSamples() {
    return SampleApplications.codes().stream()
        .flatMap(
            code -> {
              List<JsonNode> samples = SampleApplications.invalid(code);
              return IntStream.range(0, samples.size())
                  .mapToObj(i -> Arguments.of(code, i, samples.get(i)));
            });
  }

  static Stream<Arguments> warningSamples() {
    return SampleApplications.codesWithWarnings().stream()
        .flatMap(
            code -> {
              List<JsonNode> samples =
                  SampleApplications.withWarnings(code, SampleApplications.today());
              return IntStream.range(0, samples.size())
                  .mapToObj(i -> Arguments.of(code, i, samples.get(i)));
            });
  }

  @ParameterizedTest(name = "{0} warning #{1}")
  @MethodSource("warningSamples")
  void warningSampleIsReceivedWithExactlyItsWarnings(String code, int index, JsonNode sample) {
    Reply reply =
        Api.portal()
            .postJson("/api/v1/applications", ApplicationJson.fromSample(code, sample).json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    Set<String> warned = new HashSet<>();
    reply.json().get("warnings").forEach(warning -> warned.add(warning.get("field").asText()));
    assertThat(warned)
        .isEqualTo(SampleApplications.expectedWarnings(sample, SampleApplications.today()));
    reply
        .json()
        .get("warnings")
        .forEach(warning -> assertThat(warning.get("message").asText()).isNotBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("procedures")
  void validSampleIsReceived(String code) {
    Reply reply = Api.portal().postJson("/api/v1/applications", ApplicationJson.valid(code).json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
  }

  @ParameterizedTest(name = "{0} invalid #{1}")
  @MethodSource("invalidSamples")
  void invalidSampleIsRefusedNamingExactlyItsFields(String code, int index, JsonNode sample) {
    Set<String> expected = new HashSet<>();
    sample.get("expectedErrors").forEach(field -> expected.add(field.asText()));

    Reply reply =
        Api.portal()
            .postJson("/api/v1/applications", ApplicationJson.fromSample(code, sample).json());

    assertThat(reply.status()).as(reply.text()).isEqualTo(422);
    Set<String> actual = new HashSet<>();
    reply.json().get("errors").forEach(error -> actual.add(error.get("field").asText()));
    assertThat(actual).isEqualTo(expected);
  }
}
