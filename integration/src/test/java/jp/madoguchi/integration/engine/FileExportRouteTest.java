package jp.madoguchi.integration.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.integration.config.ColumnKind;
import jp.madoguchi.integration.config.LinkageRouteConfig;
import jp.madoguchi.integration.config.RouteConfigs;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Entry;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Status;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.DeliveryRecords;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExportRouteTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path dir;
  private final EngineFixture fixture = new EngineFixture();

  @AfterEach
  void stop() {
    fixture.close();
  }

  private LinkageRouteConfig route(Path directory) {
    return RouteConfigs.fileExport(directory)
        .column("受付番号", "receiptNumber", ColumnKind.TEXT)
        .column("氏名", "applicant.name", ColumnKind.TEXT)
        .column("生年月日", "applicant.birthDate", ColumnKind.DATE)
        .wareki()
        .build();
  }

  private DeliveryRecord record(int n) {
    return DeliveryRecords.cc01()
        .deliveryId(new UUID(0, n))
        .receiptNumber("R2025-00000" + n)
        .build();
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void writesOneCp932FilePerDelivery() throws Exception {
    for (int n = 1; n <= 3; n++) {
      fixture.queue.add(record(n), route(dir));
    }
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(files()).hasSize(3);
    Entry first = fixture.queue.entry(new UUID(0, 1));
    assertThat(first.status).isEqualTo(Status.DELIVERED);
    assertThat(first.coreReference).isEqualTo("R2025-000001_" + new UUID(0, 1) + ".csv");
    String csv =
        Files.readString(
            dir.resolve(first.coreReference), java.nio.charset.Charset.forName("windows-31j"));
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(rows.get(1).toList()).containsExactly("R2025-000001", "山田　太郎", "3600615");
  }

  @Test
  void exportedFilesAreReadableByTheGroupOnlyByDefault() throws Exception {
    fixture.queue.add(record(1), route(dir));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Path file = dir.resolve(fixture.queue.entry(new UUID(0, 1)).coreReference);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aDirectoryWithoutWritePermissionIsNamedWithTheReason() throws Exception {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
    assumeFalse(Files.isWritable(locked), "runs as root: permissions are not enforced");
    fixture.queue.add(record(1), route(locked));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    String error = fixture.queue.entry(new UUID(0, 1)).attempts.get(0).errorText();
    assertThat(error).startsWith("書き込みの権限がありません: " + locked);
  }

  @Test
  void gaijiIsReplacedAndTheApplicationFlaggedForClerkReview() throws Exception {
    DeliveryRecord yoshida =
        DeliveryRecords.cc01().deliveryId(new UUID(0, 9)).applicant("name", "𠮷田　太郎").build();
    fixture.queue.add(yoshida, route(dir));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(yoshida.deliveryId());
    assertThat(entry.status).isEqualTo(Status.DELIVERED);
    assertThat(entry.reviewReason).contains("外字");
    assertThat(Files.readString(files().get(0), java.nio.charset.Charset.forName("windows-31j")))
        .contains("〓田　太郎");
  }

  @Test
  void aDifferentFileUnderTheSameNameParksTheDelivery() throws Exception {
    DeliveryRecord record = record(1);
    Files.writeString(dir.resolve("R2025-000001_" + record.deliveryId() + ".csv"), "other");
    fixture.queue.add(record, route(dir));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(record.deliveryId());
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts).hasSize(1);
  }

  @Test
  void aRecordThatCannotBeRenderedIsParkedAtOnceNamingTheColumnOnly() throws Exception {
    LinkageRouteConfig badColumn =
        RouteConfigs.fileExport(dir).column("氏名", "applicant.name", ColumnKind.DATE).build();
    fixture.queue.add(record(1), badColumn);
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts.get(0).errorText()).contains("氏名").doesNotContain("山田");
  }

  @Test
  void aMissingDirectoryIsRetriedUntilMaxAttemptsThenParked() throws Exception {
    fixture.queue.add(record(1), route(dir.resolve("gone")));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts)
        .extracting(a -> a.outcome())
        .containsExactly(
            AttemptOutcome.RETRY_SCHEDULED, AttemptOutcome.RETRY_SCHEDULED, AttemptOutcome.PARKED);
    assertThat(entry.attempts.get(2).errorText())
        .startsWith("ディレクトリがありません: " + dir.resolve("gone"));
  }

  @Test
  void camelThreadsComeFromTheGivenThreadFactory() throws Exception {
    fixture.queue.add(record(1), route(dir));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(fixture.threadsMade.get()).isPositive();
  }
}
