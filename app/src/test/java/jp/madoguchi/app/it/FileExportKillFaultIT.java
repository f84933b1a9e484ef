package jp.madoguchi.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kill -9 while FILE_EXPORT writes its files and records them in groups: files already renamed into
 * place whose group had not committed are written again after the restart under the same name with
 * the same bytes (found in place and recorded), so every delivery ends with exactly one file,
 * holding its own application, and one DELIVERED attempt.
 */
class FileExportKillFaultIT {

  private static final int APPLICATIONS = 400;
  private static final String PROCEDURE = "CC-03";
  private static final Charset CP932 = Charset.forName("windows-31j");

  @Test
  void everyDeliveryEndsWithExactlyOneFileOfItsOwnAfterAKill() throws Exception {
    try (TestDatabase database = TestDatabase.ownPostgreSqlDatabase()) {
      MadoguchiServer server = FaultLab.server(database, "file-export-kill", Map.of());
      try {
        server.start();
        Path directory = server.exportRoot().resolve("kill");
        Files.createDirectories(directory);
        FaultLab.configure(server, PROCEDURE, FaultLab.fileRouteOnReceipt(directory.toString()));
        FaultLab.RetryingPortal portal = new FaultLab.RetryingPortal(() -> server);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < APPLICATIONS; i++) {
          String receipt = String.format("FILE-%05d", i);
          clients.submit(
              () -> portal.submit(ApplicationJson.valid(PROCEDURE).receiptNumber(receipt).json()));
        }
        clients.shutdown();

        FaultLab.await(
            () -> files(directory).size() >= APPLICATIONS / 4,
            Duration.ofMinutes(3),
            () -> "the first files to be exported");
        server.kill();
        int filesAtKill = files(directory).size();
        long recordedAtKill = delivered(database);
        assertThat(filesAtKill).as("killed during the export").isLessThan(APPLICATIONS);
        server.start();
        assertThat(clients.awaitTermination(5, TimeUnit.MINUTES)).isTrue();

        FaultLab.await(
            () -> delivered(database) == APPLICATIONS,
            Duration.ofMinutes(4),
            () -> delivered(database) + " of " + APPLICATIONS + " delivered");

        List<String> references =
            FaultLab.column(
                database,
                "SELECT core_reference FROM delivery WHERE procedure_code = ? AND pattern ="
                    + " 'FILE_EXPORT'",
                PROCEDURE);
        List<Path> files = files(directory);
        assertThat(files).hasSize(APPLICATIONS);
        assertThat(new HashSet<>(files.stream().map(f -> f.getFileName().toString()).toList()))
            .as("one file per delivery, named as recorded")
            .isEqualTo(new HashSet<>(references));
        for (Path file : files) {
          List<String> lines = Files.readAllLines(file, CP932);
          assertThat(lines).as(file.toString()).hasSize(2);
          assertThat(file.getFileName().toString()).startsWith(lines.get(1).split(",")[0] + "_");
        }
        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(*) FROM delivery_attempt t JOIN delivery d ON d.id ="
                        + " t.delivery_id WHERE d.procedure_code = ? AND t.outcome = 'DELIVERED'",
                    PROCEDURE))
            .as("one DELIVERED attempt per delivery")
            .isEqualTo(APPLICATIONS);
        assertThat(
                FaultLab.count(
                    database,
                    "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND status = 'PARKED'",
                    PROCEDURE))
            .isZero();
        System.out.printf(
            "[fault] file export kill: %d files, %d in place at the kill of which %d recorded"
                + " (%d written again after the restart), %d temp files left by the kill%n",
            files.size(),
            filesAtKill,
            recordedAtKill,
            filesAtKill - recordedAtKill,
            hidden(directory));
      } finally {
        server.close();
      }
    }
  }

  /** The published files (temp files are hidden: their names start with a dot). */
  private static List<Path> files(Path directory) {
    try (Stream<Path> all = Files.list(directory)) {
      return all.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long hidden(Path directory) {
    try (Stream<Path> all = Files.list(directory)) {
      return all.filter(p -> p.getFileName().toString().startsWith(".")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long delivered(TestDatabase database) {
    return FaultLab.count(
        database,
        "SELECT COUNT(*) FROM delivery WHERE procedure_code = ? AND pattern = 'FILE_EXPORT' AND"
            + " status = 'DELIVERED'",
        PROCEDURE);
  }
}
