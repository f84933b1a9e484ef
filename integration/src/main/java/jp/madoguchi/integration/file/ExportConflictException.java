package jp.madoguchi.integration.file;

import java.io.IOException;

/**
 * The target file exists with other content: someone else wrote a file of this delivery's name.
 * Retrying cannot help; the delivery is parked for IT staff.
 */
public class ExportConflictException extends IOException {

  public ExportConflictException(String fileName) {
    super("a different file named " + fileName + " already exists");
  }
}
