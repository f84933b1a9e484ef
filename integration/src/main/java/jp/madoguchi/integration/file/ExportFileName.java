package jp.madoguchi.integration.file;

import java.util.UUID;
import jp.madoguchi.integration.config.FileFormat;

/**
 * The name of an exported file: {@code <receipt number>_<delivery id>.csv} (or {@code .dat} for
 * fixed-length records). Characters of the receipt number other than {@code A-Z a-z 0-9 - _} become
 * {@code _}, so the name is safe on every file system and never leaves the directory.
 */
public final class ExportFileName {

  private ExportFileName() {}

  public static String of(String receiptNumber, UUID deliveryId, FileFormat format) {
    String safeReceipt = receiptNumber.replaceAll("[^A-Za-z0-9_-]", "_");
    String extension = format == FileFormat.FIXED ? ".dat" : ".csv";
    return safeReceipt + "_" + deliveryId + extension;
  }
}
