package jp.madoguchi.integration.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Publishes a file so that readers see all of it or nothing, and never overwrites one: the content
 * goes to a hidden temp file in the same directory, is forced to disk, and is then published under
 * its name without replacing an existing file (a hard link, which fails if the name exists; an
 * atomic move after an existence check where links are not supported). The directory is fsynced so
 * the new name survives a crash. An existing file with the same content means an earlier attempt
 * already wrote this delivery; with different content it is a conflict.
 */
public final class AtomicFileWriter {

  private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());

  public WriteResult write(Path directory, String fileName, byte[] content) throws IOException {
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
      if (!publish(temp, target)) {
        return existing(target, content);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    forceDirectory(directory);
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

  /** Makes the new directory entry durable; not every platform can open a directory. */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.log(Level.FINE, "directory fsync not supported here", e);
    }
  }
}
