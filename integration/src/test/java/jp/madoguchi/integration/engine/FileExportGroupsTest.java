package jp.madoguchi.integration.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
import jp.madoguchi.integration.record.RecordRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileExportGroupsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final int GROUP = 10;

  @TempDir Path dir;
  private final EngineFixture fixture =
      new EngineFixture(new PollSettings(Duration.ofMillis(20), 5, Duration.ofSeconds(30), GROUP));

  @AfterEach
  void stop() {
    fixture.close();
  }

  private LinkageRouteConfig route() {
    return RouteConfigs.fileExport(dir)
        .column("受付番号", "receiptNumber", ColumnKind.TEXT)
        .column("氏名", "applicant.name", ColumnKind.TEXT)
        .build();
  }

  private DeliveryRecord record(int n) {
    return DeliveryRecords.cc01()
        .deliveryId(new UUID(0, n))
        .receiptNumber(String.format("R2025-%06d", n))
        .build();
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }

  @Test
  void finishedFilesAreRecordedInGroupsOfTheConfiguredSize() throws Exception {
    for (int n = 1; n <= 25; n++) {
      fixture.queue.add(record(n), route());
    }
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(files()).hasSize(25);
    assertThat(fixture.queue.groupsRecorded).allMatch(size -> size <= GROUP).contains(GROUP);
    assertThat(fixture.queue.groupsRecorded.stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(25);
  }

  @Test
  void aGroupLostBeforeItsCommitIsWrittenAgainAsTheSameFilesAndRecordedOnce() throws Exception {
    for (int n = 1; n <= GROUP; n++) {
      fixture.queue.add(record(n), route());
    }
    fixture.queue.loseNextGroups(1);
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(files()).hasSize(GROUP);
    RecordRenderer renderer = new RecordRenderer();
    for (int n = 1; n <= GROUP; n++) {
      Entry entry = fixture.queue.entry(new UUID(0, n));
      assertThat(entry.status).isEqualTo(Status.DELIVERED);
      assertThat(entry.attempts)
          .extracting(a -> a.outcome())
          .containsExactly(AttemptOutcome.DELIVERED);
      assertThat(Files.readAllBytes(dir.resolve(entry.coreReference)))
          .isEqualTo(renderer.render(record(n), route().file()).content());
    }
    assertThat(fixture.queue.groupsRecorded).containsExactly(GROUP);
  }
}
