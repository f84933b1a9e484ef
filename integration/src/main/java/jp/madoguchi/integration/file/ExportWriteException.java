package jp.madoguchi.integration.file;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalNotFoundException;

/**
 * A file could not be written, said so that an operator can act on it: the path and the operating
 * system's reason (e.g. 「ディレクトリがありません: /x/y」). Never carries the file's content.
 */
public class ExportWriteException extends IOException {

  public ExportWriteException(Path directory, IOException cause) {
    super(describe(directory, cause), cause);
  }

  static String describe(Path directory, IOException failure) {
    if (failure instanceof NoSuchFileException missing) {
      return Files.isDirectory(directory)
          ? "ファイルがありません: " + orDirectory(missing.getFile(), directory)
          : "ディレクトリがありません: " + directory;
    }
    if (failure instanceof AccessDeniedException denied) {
      return "書き込みの権限がありません: " + orDirectory(denied.getFile(), directory);
    }
    if (failure instanceof UserPrincipalNotFoundException group) {
      return "グループがありません: " + group.getName() + "（出力先 " + directory + "）";
    }
    if (failure instanceof FileSystemException fs) {
      return "ファイルを書き込めません: "
          + orDirectory(fs.getFile(), directory)
          + (fs.getReason() == null ? "" : "（" + fs.getReason() + "）");
    }
    String reason = failure.getMessage();
    return "ファイルを書き込めません: "
        + directory
        + "（"
        + (reason == null || reason.isBlank() ? failure.getClass().getSimpleName() : reason)
        + "）";
  }

  private static String orDirectory(String file, Path directory) {
    return file == null ? directory.toString() : file;
  }
}
