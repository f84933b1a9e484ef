package jp.madoguchi.integration.engine;

import java.io.IOException;
import java.nio.file.Path;
import jp.madoguchi.integration.config.FileSettings;
import jp.madoguchi.integration.file.AtomicFileWriter;
import jp.madoguchi.integration.file.ExportConflictException;
import jp.madoguchi.integration.file.ExportWriteException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT to a local directory: publishes the rendered file atomically with the route's mode
 * and group, forced to disk; the directory itself is forced once for the poll's files, before they
 * are recorded ({@link RecordDeliveredFiles}). A failed write is thrown with its path and the OS
 * reason.
 */
final class WriteExportFile implements Processor {

  private final AtomicFileWriter writer;

  WriteExportFile(AtomicFileWriter writer) {
    this.writer = writer;
  }

  @Override
  public void process(Exchange exchange) throws Exception {
    FileSettings file = DeliveryExchange.delivery(exchange).route().file();
    Path directory =
        file.directoryPath()
            .orElseThrow(() -> new IllegalStateException("route has no export directory"));
    try {
      writer.write(
          directory,
          DeliveryExchange.fileName(exchange),
          DeliveryExchange.rendered(exchange).content(),
          file.permissions().orElse(null),
          file.group(),
          false);
      DeliveryExchange.deliveredFiles(exchange).wroteInto(directory);
    } catch (ExportConflictException e) {
      throw e;
    } catch (IOException e) {
      throw new ExportWriteException(directory, e);
    }
  }
}
