package jp.madoguchi.integration.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteConfigJsonTest {

  private final ObjectMapper mapper = new ObjectMapper();
  private final RouteConfigJson json = new RouteConfigJson(mapper);

  private JsonNode parse(String text) throws Exception {
    return mapper.readTree(text.replace('\'', '"'));
  }

  @Test
  void aConfigurationSurvivesTheRoundTripThroughJson() throws Exception {
    LinkageRouteConfig config =
        RouteConfigs.fileExport(Path.of("/srv/export"))
            .fixed()
            .wareki()
            .column("個人番号", "applicant.myNumber", ColumnKind.DIGITS, 12)
            .includeMyNumber()
            .build();
    JsonNode written = mapper.valueToTree(config);
    assertThat(json.read(written).config()).contains(config);
  }

  @Test
  void encodingIsWrittenAsTheNameCoreSystemsUse() {
    JsonNode written = mapper.valueToTree(RouteConfigs.fileExport(Path.of("/x")).build());
    assertThat(written.at("/file/encoding").asText()).isEqualTo("CP932");
    JsonNode utf8 =
        mapper.valueToTree(
            RouteConfigs.fileExport(Path.of("/x")).encoding(FileEncoding.UTF_8).build());
    assertThat(utf8.at("/file/encoding").asText()).isEqualTo("UTF-8");
  }

  @Test
  void includesMyNumberIsDerivedFromTheSourceAndWrittenOut() {
    LinkageRouteConfig config =
        RouteConfigs.fileExport(Path.of("/x"))
            .column("配偶者個人番号", "form.spouse.myNumber", ColumnKind.DIGITS)
            .column("氏名", "applicant.name", ColumnKind.TEXT)
            .build();
    JsonNode written = mapper.valueToTree(config);
    assertThat(written.at("/file/columns/0/includesMyNumber").asBoolean()).isTrue();
    assertThat(written.at("/file/columns/1/includesMyNumber").asBoolean()).isFalse();
    assertThat(config.file().includesMyNumber()).isTrue();
  }

  @Test
  void anUnknownEncodingIsAViolationOfThatField() throws Exception {
    JsonNode body =
        parse(
            "{'pattern':'FILE_EXPORT','file':{'directory':'/x','encoding':'EUC-JP',"
                + "'columns':[{'name':'a','source':'receiptNumber'}]}}");
    RouteConfigJson.Reading reading = json.read(body);
    assertThat(reading.config()).isEmpty();
    assertThat(reading.violations())
        .extracting(ConfigViolation::field, ConfigViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("file.encoding", "unknownEncoding"));
  }

  @Test
  void aFileExportWithoutFileSettingsNamesTheMissingSection() throws Exception {
    RouteConfigJson.Reading reading = json.read(parse("{'pattern':'FILE_EXPORT'}"));
    assertThat(reading.violations())
        .extracting(ConfigViolation::field, ConfigViolation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", "required"));
  }

  @Test
  void aBlankColumnNameIsNamedWithItsPath() throws Exception {
    JsonNode body =
        parse(
            "{'pattern':'BATCH','file':{'columns':[{'name':'a','source':'receiptNumber'},"
                + "{'name':' ','source':'receiptNumber'}]}}");
    assertThat(json.read(body).violations())
        .extracting(ConfigViolation::field)
        .containsExactly("file.columns[1].name");
  }

  @Test
  void defaultsAreFilledIn() throws Exception {
    JsonNode body =
        parse("{'pattern':'DIRECT_API','enabled':true,'api':{'url':'https://core.example/x'}}");
    LinkageRouteConfig config = json.read(body).config().orElseThrow();
    assertThat(config.trigger()).isEqualTo(DeliveryTrigger.ON_ACCEPT);
    assertThat(config.retry()).isEqualTo(RetrySettings.DEFAULT);
    assertThat(config.api())
        .isEqualTo(
            new ApiSettings(
                URI.create("https://core.example/x"), ApiSettings.DEFAULT_TIMEOUT_MS, 0, Map.of()));
  }
}
