package jp.madoguchi.integration.engine;

import java.util.logging.Logger;
import jp.madoguchi.integration.delivery.DeliveryOutcome;
import jp.madoguchi.integration.file.ExportConflictException;
import jp.madoguchi.integration.file.ExportWriteException;
import jp.madoguchi.integration.record.RecordRenderingException;

/**
 * Turns an exception thrown while performing a pattern into an outcome: data that cannot be
 * rendered and a conflicting file are parked at once (retrying cannot change them); anything else
 * (a full disk, a directory that is gone, an SFTP server that refuses) is retried. A failed write
 * says its path and the OS reason, a failed upload its server, directory and SSH reason; of any
 * other failure only the exception type reaches the error text, since other messages may carry
 * personal data.
 */
final class ClassifyFailure {

  private static final Logger LOG = Logger.getLogger(ClassifyFailure.class.getName());

  private ClassifyFailure() {}

  static DeliveryOutcome classify(Exception failure) {
    if (failure instanceof RecordRenderingException || failure instanceof ExportConflictException) {
      return new DeliveryOutcome.Park(failure.getMessage());
    }
    if (failure instanceof ExportWriteException write) {
      LOG.fine(() -> "delivery attempt failed: " + write.getMessage());
      return new DeliveryOutcome.Retry(write.getMessage());
    }
    if (failure instanceof SftpDeliveryException sftp) {
      LOG.fine(() -> "delivery attempt failed: " + sftp.getMessage());
      return new DeliveryOutcome.Retry(sftp.getMessage());
    }
    String type = failure == null ? "unknown" : failure.getClass().getSimpleName();
    LOG.fine(() -> "delivery attempt failed: " + type);
    return new DeliveryOutcome.Retry("failed: " + type);
  }
}
