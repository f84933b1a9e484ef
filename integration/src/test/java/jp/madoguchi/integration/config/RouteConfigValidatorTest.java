package jp.madoguchi.integration.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import jp.madoguchi.forms.catalog.ProcedureCatalog;
import jp.madoguchi.forms.catalog.ProcedureDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RouteConfigValidatorTest {

  @TempDir Path dir;
  private final RouteConfigValidator validator = new RouteConfigValidator();

  private List<String> codes(LinkageRouteConfig config) {
    return validator.validate(config).stream().map(v -> v.field() + ":" + v.code()).toList();
  }

  @Test
  void aWritableDirectoryAndKnownColumnsAreValid() {
    assertThat(validator.validate(RouteConfigs.fileExport(dir).build())).isEmpty();
  }

  @Test
  void fileExportWithoutDirectoryIsRefused() {
    assertThat(codes(RouteConfigs.fileExport(null).build()))
        .containsExactly("file.directory:directoryMissing");
  }

  @Test
  void aDirectoryThatDoesNotExistIsRefused() {
    assertThat(codes(RouteConfigs.fileExport(dir.resolve("nope")).build()))
        .containsExactly("file.directory:directoryNotFound");
  }

  @Test
  void aPlainFileIsNotADirectory() throws Exception {
    Path file = Files.writeString(dir.resolve("f.txt"), "x");
    assertThat(codes(RouteConfigs.fileExport(file).build()))
        .containsExactly("file.directory:notADirectory");
  }

  @Test
  void aReadOnlyDirectoryIsRefused() throws Exception {
    Path readOnly = Files.createDirectory(dir.resolve("ro"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    assumeThat(Files.isWritable(readOnly)).as("not running as root").isFalse();
    assertThat(codes(RouteConfigs.fileExport(readOnly).build()))
        .containsExactly("file.directory:directoryNotWritable");
  }

  @Test
  void systemDirectoriesAreRefused() {
    assertThat(codes(RouteConfigs.fileExport(Path.of("/proc")).build()))
        .containsExactly("file.directory:systemDirectory");
    assertThat(codes(RouteConfigs.fileExport(Path.of("/sys/kernel")).build()))
        .containsExactly("file.directory:systemDirectory");
  }

  @Test
  void aDirectoryOutsideTheExportRootsIsRefused() throws Exception {
    Path root = Files.createDirectory(dir.resolve("root"));
    Path outside = Files.createDirectory(dir.resolve("outside"));
    RouteConfigValidator rooted = new RouteConfigValidator(List.of(root));
    assertThat(rooted.validate(RouteConfigs.fileExport(outside).build()))
        .extracting(ConfigViolation::code)
        .containsExactly("outsideExportRoots");
    assertThat(rooted.validate(RouteConfigs.fileExport(root.resolve("../outside")).build()))
        .extracting(ConfigViolation::code)
        .containsExactly("outsideExportRoots");
    assertThat(rooted.validate(RouteConfigs.fileExport(root).build())).isEmpty();
  }

  @Test
  void aSymbolicLinkOutOfTheRootIsRefused() throws Exception {
    Path root = Files.createDirectory(dir.resolve("root"));
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Path link = Files.createSymbolicLink(root.resolve("link"), outside);
    assertThat(
            new RouteConfigValidator(List.of(root)).validate(RouteConfigs.fileExport(link).build()))
        .extracting(ConfigViolation::code)
        .containsExactly("outsideExportRoots");
  }

  @Test
  void aRelativeDirectoryIsReadAgainstTheFirstRoot() throws Exception {
    Path root = Files.createDirectory(dir.resolve("root"));
    Files.createDirectory(root.resolve("cc01"));
    RouteConfigValidator rooted = new RouteConfigValidator(List.of(root, dir));
    assertThat(rooted.resolve(Path.of("cc01"))).isEqualTo(root.resolve("cc01"));
    assertThat(rooted.validate(RouteConfigs.fileExport(Path.of("cc01")).build())).isEmpty();
  }

  @Test
  void aFileModeMustBeOctal() {
    FileSettings file = RouteConfigs.fileExport(dir).build().file();
    LinkageRouteConfig symbolic =
        RouteConfigs.fileExport(dir)
            .build()
            .withFile(
                new FileSettings(
                    file.directory(),
                    file.encoding(),
                    file.format(),
                    file.dateStyle(),
                    file.header(),
                    file.strictJisX0208(),
                    file.columns(),
                    "rw-r-----",
                    null,
                    null));
    assertThat(codes(symbolic)).containsExactly("file.mode:invalidMode");
    assertThat(file.mode()).isEqualTo("0640");
    assertThat(PosixFilePermissions.toString(file.permissions().orElseThrow()))
        .isEqualTo("rw-r-----");
  }

  @Test
  void batchRoutesNeedNoDirectory() {
    FileSettings file = RouteConfigs.fileExport(null).fileSettings();
    LinkageRouteConfig batch =
        new LinkageRouteConfig(DeliveryPattern.BATCH, null, true, file, null, null, false);
    assertThat(validator.validate(batch)).isEmpty();
  }

  @Test
  void onlyHttpAndHttpsUrlsAreAccepted() {
    assertThat(codes(RouteConfigs.directApi(URI.create("ftp://core.example/in")).build()))
        .containsExactly("api.url:urlNotHttp");
    assertThat(codes(RouteConfigs.directApi(URI.create("file:///etc/passwd")).build()))
        .containsExactly("api.url:urlNotHttp");
    assertThat(codes(RouteConfigs.directApi(URI.create("https://core.example/in")).build()))
        .isEmpty();
  }

  @Test
  void idempotencyKeyAndHostCannotBeOverriddenByExtraHeaders() {
    LinkageRouteConfig config =
        RouteConfigs.directApi(URI.create("https://core.example/in"))
            .headers(Map.of("Idempotency-Key", "x", "X-Api-Key", "secret"))
            .build();
    assertThat(codes(config)).containsExactly("api.headers.Idempotency-Key:restrictedHeader");
  }

  @Test
  void unknownColumnSourcesAreNamedWithTheirIndex() {
    LinkageRouteConfig config =
        RouteConfigs.fileExport(dir)
            .column("受付番号", "receiptNumber", ColumnKind.TEXT)
            .column("謎", "secret.value", ColumnKind.TEXT)
            .column("壊れ", "form.children[x].name", ColumnKind.TEXT)
            .build();
    assertThat(codes(config))
        .containsExactly(
            "file.columns[1].source:unknownColumnSource",
            "file.columns[2].source:unknownColumnSource");
  }

  @Test
  void columnSourcesAreCheckedAgainstTheProcedureDefinition() {
    ProcedureDefinition cc01 = ProcedureCatalog.loadDefault().latest("CC-01").orElseThrow();
    LinkageRouteConfig config =
        RouteConfigs.fileExport(dir)
            .column("カナ", "applicant.nameKana", ColumnKind.KANA_HALF_WIDTH)
            .column("子1生年月日", "form.children[0].birthDate", ColumnKind.DATE)
            .column("子なし", "form.children.birthDate", ColumnKind.DATE)
            .column("無い項目", "form.favouriteColour", ColumnKind.TEXT)
            .column("口座", "form.bank", ColumnKind.TEXT)
            .build();
    List<String> fields =
        validator.validate(config, cc01).stream().map(ConfigViolation::field).toList();
    assertThat(fields)
        .containsExactly(
            "file.columns[2].source", "file.columns[3].source", "file.columns[4].source");
  }

  @Test
  void fixedLengthColumnsNeedAWidth() {
    LinkageRouteConfig config =
        RouteConfigs.fileExport(dir)
            .fixed()
            .column("受付番号", "receiptNumber", ColumnKind.TEXT, 20)
            .column("氏名", "applicant.name", ColumnKind.TEXT)
            .build();
    assertThat(codes(config)).containsExactly("file.columns[1].width:widthMissing");
  }

  @Test
  void retryNumbersOutOfRangeAreRefused() {
    LinkageRouteConfig config = RouteConfigs.fileExport(dir).retry(0, 0, 100_000_000).build();
    assertThat(codes(config))
        .containsExactly(
            "retry.maxAttempts:retryOutOfRange",
            "retry.initialDelayMs:retryOutOfRange",
            "retry.maxDelayMs:retryOutOfRange");
  }

  @Test
  void maxDelayBelowInitialDelayIsRefused() {
    LinkageRouteConfig config = RouteConfigs.fileExport(dir).retry(3, 1_000, 500).build();
    assertThat(codes(config)).containsExactly("retry.maxDelayMs:retryOutOfRange");
  }

  @Test
  void messagesAreJapanese() {
    assertThat(validator.validate(RouteConfigs.fileExport(null).build()).get(0).message())
        .isEqualTo("出力先ディレクトリを指定してください");
  }
}
