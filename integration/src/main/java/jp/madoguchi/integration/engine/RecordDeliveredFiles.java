package jp.madoguchi.integration.engine;

import java.util.List;
import java.util.logging.Logger;
import jp.madoguchi.integration.port.DeliveryQueue;
import jp.madoguchi.integration.port.FinishedDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * FILE_EXPORT, at the end of a poll: the directories written into are forced to disk (so the files'
 * names survive a crash), then the deliveries whose files are in place are recorded DELIVERED a
 * group at a time, one transaction each. A group that cannot be recorded (the database is gone)
 * stays IN_PROGRESS until its leases run out; the next claim writes the same files again, finds
 * them already in place with the same bytes ({@link
 * jp.madoguchi.integration.file.AtomicFileWriter}) and records them then.
 */
final class RecordDeliveredFiles implements Processor {

  private static final Logger LOG = Logger.getLogger(RecordDeliveredFiles.class.getName());

  private final DeliveryQueue queue;
  private final int groupSize;

  RecordDeliveredFiles(DeliveryQueue queue, int groupSize) {
    this.queue = queue;
    this.groupSize = groupSize;
  }

  @Override
  public void process(Exchange exchange) {
    for (List<FinishedDelivery> group :
        DeliveryExchange.deliveredFiles(exchange).groups(groupSize)) {
      queue.deliveredAll(group);
      LOG.info(() -> "FILE_EXPORT: " + group.size() + " files recorded as delivered");
    }
  }
}
