package jp.madoguchi.integration.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An SFTP target of FILE_EXPORT: its address, its login and what the validator asks of them. */
class SftpRouteConfigTest {

  private static final String KEY =
      "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=";
  private final RouteConfigValidator validator = new RouteConfigValidator();

  private List<String> codes(LinkageRouteConfig config) {
    return validator.validate(config).stream().map(v -> v.field() + ":" + v.code()).toList();
  }

  @Test
  void anAddressNamesHostPortAndAbsoluteDirectory() {
    assertThat(SftpAddress.parse("sftp://renkei.example.lg.jp:2222/incoming/cc01/"))
        .contains(new SftpAddress("renkei.example.lg.jp", 2222, "/incoming/cc01"));
    assertThat(SftpAddress.parse("sftp://renkei.example.lg.jp/in").orElseThrow().port())
        .isEqualTo(22);
    assertThat(SftpAddress.parse("sftp://user@host/in")).isEmpty();
    assertThat(SftpAddress.parse("sftp://host")).isEmpty();
    assertThat(SftpAddress.parse("/var/export")).isEmpty();
  }

  @Test
  void aCompleteSftpRouteIsValidAndHasNoLocalDirectory() {
    LinkageRouteConfig route =
        RouteConfigs.sftp("sftp://127.0.0.1:2222/in", new SftpSettings("u", "p", null, null, KEY))
            .build();
    assertThat(validator.validate(route)).isEmpty();
    assertThat(route.file().directoryPath()).isEmpty();
    assertThat(route.file().overSftp()).isTrue();
  }

  @Test
  void anSftpRouteNeedsAUserACredentialAndThePinnedHostKey() {
    LinkageRouteConfig route =
        RouteConfigs.sftp("sftp://127.0.0.1/in", new SftpSettings(null, null, null, null, "x"))
            .build();
    assertThat(codes(route))
        .containsExactly(
            "file.sftp.username:required",
            "file.sftp.password:credentialMissing",
            "file.sftp.hostKey:hostKeyMissing");
    assertThat(codes(RouteConfigs.sftp("sftp:///in", null).build()))
        .contains("file.directory:invalidSftpAddress");
  }

  @Test
  void theSftpSettingsSurviveTheJsonOfTheAdminApi() {
    LinkageRouteConfig route =
        RouteConfigs.sftp("sftp://127.0.0.1:2222/in", new SftpSettings("u", "p", null, null, KEY))
            .build();
    ObjectMapper json = new ObjectMapper();
    JsonNode tree = json.valueToTree(route);
    assertThat(tree.path("file").path("sftp").path("username").asText()).isEqualTo("u");
    assertThat(tree.path("file").path("sftp").path("hostKey").asText()).isEqualTo(KEY);
    assertThat(tree.path("file").has("sftpAddress")).isFalse();
    assertThat(new RouteConfigJson(json).read(tree).config()).contains(route);
  }

  @Test
  void aKnownHostsLineIsAcceptedAndWrittenForTheRoutePort() {
    SftpSettings login = new SftpSettings("u", "p", null, null, "[core]:2222 " + KEY + " comment");
    assertThat(login.pinnedKey()).contains(KEY);
    assertThat(login.knownHostsLine(new SftpAddress("core", 2222, "/in")))
        .isEqualTo("[core]:2222 " + KEY);
    assertThat(login.knownHostsLine(new SftpAddress("core", 22, "/in"))).isEqualTo("core " + KEY);
  }
}
