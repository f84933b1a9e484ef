package jp.madoguchi.integration.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes a file so that readers see all of it or nothing, and never overwrites one: the content
 * goes to a hidden temp file in the same directory, is forced to disk, and is then published under
 * its name without replacing an existing file (a hard link, which fails if the name exists; an
 * atomic move after an existence check where links are not supported). The directory is fsynced so
 * the new name survives a crash. An existing file with the same content means an earlier attempt
 * already wrote this delivery; with different content it is a conflict. The temp file is given the
 * requested permissions and group before it is published, so the file never appears with others.
 */
public final class AtomicFileWriter {

  private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());

  public WriteResult write(Path directory, String fileName, byte[] content) throws IOException {
    return write(directory, fileName, content, null, null);
  }

  /**
   * As {@link #write(Path, String, byte[])}, the file with these permissions (null: as created,
   * owner only) and group (null: the process's).
   */
  public WriteResult write(
      Path directory,
      String fileName,
      byte[] content,
      Set<PosixFilePermission> permissions,
      String group)
      throws IOException {
    return write(directory, fileName, content, permissions, group, true);
  }

  /**
   * As {@link #write(Path, String, byte[], Set, String)}; without {@code syncDirectory} the new
   * name is not yet durable: the caller must {@link #forceDirectory} before it relies on the file
   * (a writer of many files forces each directory once, not once per file).
   */
  public WriteResult write(
      Path directory,
      String fileName,
      byte[] content,
      Set<PosixFilePermission> permissions,
      String group,
      boolean syncDirectory)
      throws IOException {
    if (!fileName.matches("[A-Za-z0-9_.-]+") || fileName.startsWith(".")) {
      throw new IllegalArgumentException("unsafe file name");
    }
    Path target = directory.resolve(fileName);
    if (Files.exists(target)) {
      return existing(target, content);
    }
    Path temp = Files.createTempFile(directory, "." + fileName + ".", ".tmp");
    try {
      writeAndForce(temp, content);
      grant(temp, permissions, group);
      if (!publish(temp, target)) {
        return existing(target, content);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    if (syncDirectory) {
      forceDirectory(directory);
    }
    return WriteResult.WRITTEN;
  }

  private static WriteResult existing(Path target, byte[] content) throws IOException {
    if (Arrays.equals(Files.readAllBytes(target), content)) {
      return WriteResult.ALREADY_PRESENT;
    }
    throw new ExportConflictException(target.getFileName().toString());
  }

  private static void writeAndForce(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void grant(Path file, Set<PosixFilePermission> permissions, String group)
      throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (posix == null) {
      LOG.fine("no POSIX permissions on this file system");
      return;
    }
    if (group != null) {
      GroupPrincipal principal =
          file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(group);
      posix.setGroup(principal);
    }
    if (permissions != null) {
      posix.setPermissions(permissions);
    }
  }

  /** False when the target name was taken meanwhile. */
  private static boolean publish(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      // This file system cannot make hard links (or refused this one): fall back to a checked
      // atomic move.
      if (Files.exists(target)) {
        return false;
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return true;
    }
  }

  /** Makes the new directory entries durable; not every platform can open a directory. */
  public static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.log(Level.FINE, "directory fsync not supported here", e);
    }
  }
}
