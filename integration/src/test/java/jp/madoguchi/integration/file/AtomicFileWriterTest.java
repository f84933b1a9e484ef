package jp.madoguchi.integration.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import jp.madoguchi.integration.config.FileFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

  @TempDir Path dir;
  private final AtomicFileWriter writer = new AtomicFileWriter();
  private final byte[] content = "R-1,山田\r\n".getBytes(StandardCharsets.UTF_8);

  private long filesIn(Path directory) throws Exception {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  @Test
  void writesTheFileAndLeavesNoTempFileBehind() throws Exception {
    assertThat(writer.write(dir, "a.csv", content)).isEqualTo(WriteResult.WRITTEN);
    assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(content);
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void theSameDeliveryWrittenAgainIsAlreadyDone() throws Exception {
    writer.write(dir, "a.csv", content);
    assertThat(writer.write(dir, "a.csv", content)).isEqualTo(WriteResult.ALREADY_PRESENT);
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void anExistingFileWithOtherContentIsAConflictAndIsKept() throws Exception {
    Files.writeString(dir.resolve("a.csv"), "someone else's");
    assertThatThrownBy(() -> writer.write(dir, "a.csv", content))
        .isInstanceOf(ExportConflictException.class);
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("someone else's");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void namesThatCouldLeaveTheDirectoryAreRefused() {
    assertThatThrownBy(() -> writer.write(dir, "../evil.csv", content))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> writer.write(dir, ".hidden", content))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fileNamesAreMadeOfTheReceiptNumberAndDeliveryId() {
    UUID id = UUID.fromString("0b5d3a4e-0000-4000-8000-000000000001");
    assertThat(ExportFileName.of("R2025-000123", id, FileFormat.CSV))
        .isEqualTo("R2025-000123_0b5d3a4e-0000-4000-8000-000000000001.csv");
    assertThat(ExportFileName.of("受付/../1 2", id, FileFormat.FIXED))
        .isEqualTo("______1_2_0b5d3a4e-0000-4000-8000-000000000001.dat");
  }
}
