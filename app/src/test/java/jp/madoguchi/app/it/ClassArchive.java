package jp.madoguchi.app.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The AppCDS archive of the servers under test, as {@code ./madoguchi} keeps one: the first server
 * of a build records the classes it loaded when it stops ({@code -XX:ArchiveClassesAtExit}, into a
 * file of its own, renamed into place once the JVM has ended), later servers map them ({@code
 * -XX:SharedArchiveFile}). One archive per build of Payara Micro and the WAR and per JDK. {@code
 * -Dmadoguchi.it.cds=off} starts servers without it.
 */
final class ClassArchive {

  private final Path archive;
  private final Path pending;
  private boolean recording;

  private ClassArchive(Path archive, Path pending) {
    this.archive = archive;
    this.pending = pending;
  }

  /** The archive for this JDK and these files, in {@code dir}; {@code self} names this server. */
  static ClassArchive of(Path dir, Path payara, Path war, String self) throws IOException {
    Files.createDirectories(dir);
    String key =
        Integer.toHexString(
            (System.getProperty("java.home")
                    + Runtime.version()
                    + Files.size(payara)
                    + Files.getLastModifiedTime(payara)
                    + Files.size(war)
                    + Files.getLastModifiedTime(war))
                .hashCode());
    return new ClassArchive(
        dir.resolve("madoguchi-" + key + ".jsa"),
        dir.resolve("madoguchi-" + key + "-" + self + ".jsa.pending"));
  }

  static boolean enabled() {
    return !"off".equals(System.getProperty("madoguchi.it.cds", "on"));
  }

  /** JVM options of the next start: map the archive if there is one, else record one. */
  synchronized List<String> jvmOptions() throws IOException {
    Files.deleteIfExists(pending);
    recording = !Files.isRegularFile(archive) || Files.size(archive) == 0;
    // recording: quiet, the JVM lists thousands of classes it leaves out of the archive
    return recording
        ? List.of("-XX:ArchiveClassesAtExit=" + pending, "-Xlog:all=warning,cds*=error")
        : List.of("-XX:SharedArchiveFile=" + archive);
  }

  /**
   * After the server's JVM has ended: puts a recorded archive in place (the first one wins). A JVM
   * that was killed ({@code killed}: SIGKILL, e.g. in the middle of writing the archive) leaves
   * nothing usable, so its file is dropped.
   */
  synchronized void afterExit(boolean killed) {
    try {
      if (!killed && recording && Files.isRegularFile(pending) && Files.size(pending) > 0) {
        if (!Files.exists(archive)) {
          Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
        }
      }
      Files.deleteIfExists(pending);
    } catch (IOException e) {
      // no archive: the next server records one again
    }
    recording = false;
  }
}
