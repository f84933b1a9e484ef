package jp.madoguchi.integration.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
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
import jp.madoguchi.integration.config.SftpSettings;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Entry;
import jp.madoguchi.integration.engine.InMemoryDeliveryQueue.Status;
import jp.madoguchi.integration.port.AttemptOutcome;
import jp.madoguchi.integration.record.DeliveryRecord;
import jp.madoguchi.integration.record.DeliveryRecords;
import jp.madoguchi.integration.record.RecordRenderer;
import jp.madoguchi.integration.sftp.EmbeddedSftpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FILE_EXPORT through Camel's SFTP component to a real SFTP server (Apache MINA SSHD). */
class SftpExportRouteTest {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Charset CP932 = Charset.forName("windows-31j");

  @TempDir Path root;
  private EmbeddedSftpServer server;
  private final EngineFixture fixture = new EngineFixture();

  @BeforeEach
  void startServer() throws Exception {
    Files.createDirectories(root.resolve("incoming"));
    server = EmbeddedSftpServer.start(root);
  }

  @AfterEach
  void stop() throws Exception {
    fixture.close();
    server.close();
  }

  private LinkageRouteConfig route(String directory, SftpSettings login) {
    return RouteConfigs.sftp(server.address(directory), login)
        .column("受付番号", "receiptNumber", ColumnKind.TEXT)
        .column("氏名", "applicant.name", ColumnKind.TEXT)
        .retry(2, 10, 20)
        .build();
  }

  private SftpSettings login(String hostKey) {
    return new SftpSettings(
        EmbeddedSftpServer.USER, EmbeddedSftpServer.PASSWORD, null, null, hostKey);
  }

  private DeliveryRecord record() {
    return DeliveryRecords.cc01().deliveryId(new UUID(0, 1)).receiptNumber("R2025-000001").build();
  }

  private List<Path> filesIn(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.sorted().toList();
    }
  }

  @Test
  void uploadsTheCp932FileUnderItsNameWithTheRouteMode() throws Exception {
    LinkageRouteConfig route = route("/incoming", login(server.hostKey()));
    fixture.queue.add(record(), route);
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).as("%s", entry.attempts).isEqualTo(Status.DELIVERED);
    String name = "R2025-000001_" + new UUID(0, 1) + ".csv";
    assertThat(entry.coreReference).isEqualTo(name);
    Path uploaded = root.resolve("incoming").resolve(name);
    assertThat(filesIn(root.resolve("incoming"))).containsExactly(uploaded);
    assertThat(Files.readAllBytes(uploaded))
        .isEqualTo(new RecordRenderer().render(record(), route.file()).content());
    assertThat(Files.readString(uploaded, CP932)).contains("R2025-000001,山田　太郎");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploaded)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void aServerWithAnotherHostKeyIsRefusedRetriedAndParkedNamingTheReason() throws Exception {
    String wrongKey = EmbeddedSftpServer.openSsh(EmbeddedSftpServer.newKeyPair());
    fixture.queue.add(record(), route("/incoming", login(wrongKey)));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    Entry entry = fixture.queue.entry(new UUID(0, 1));
    assertThat(entry.status).isEqualTo(Status.PARKED);
    assertThat(entry.attempts)
        .extracting(a -> a.outcome())
        .containsExactly(AttemptOutcome.RETRY_SCHEDULED, AttemptOutcome.PARKED);
    assertThat(entry.attempts.get(0).errorText())
        .startsWith("SFTPで送信できません（" + server.address("/incoming") + "）: ")
        .contains("ホスト鍵が設定された鍵と一致しません");
    assertThat(filesIn(root.resolve("incoming"))).isEmpty();
  }

  @Test
  void aWrongPasswordSaysTheLoginFailed() throws Exception {
    SftpSettings wrong =
        new SftpSettings(EmbeddedSftpServer.USER, "wrong", null, null, server.hostKey());
    fixture.queue.add(record(), route("/incoming", wrong));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(fixture.queue.entry(new UUID(0, 1)).attempts.get(0).errorText())
        .contains("認証に失敗しました");
  }

  @Test
  void aMissingDirectoryIsNamed() throws Exception {
    fixture.queue.add(record(), route("/gone", login(server.hostKey())));
    fixture.start();
    assertThat(fixture.awaitSettled(WAIT)).isTrue();
    assertThat(fixture.queue.entry(new UUID(0, 1)).attempts.get(0).errorText())
        .startsWith("SFTPで送信できません（" + server.address("/gone") + "）: ディレクトリがありません");
  }
}
