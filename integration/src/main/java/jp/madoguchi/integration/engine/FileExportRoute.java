package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * FILE_EXPORT (単件ファイル取込): every poll claims up to a group of due deliveries; each is rendered and
 * written into its route's directory, or uploaded to its route's SFTP server, one file per
 * delivery. The deliveries of one poll are handled by a few threads at once: each file is forced to
 * disk (or renamed on the server) before anything is recorded, so several waits overlap. Then the
 * poll records the finished files DELIVERED in one transaction ({@link RecordDeliveredFiles}); a
 * failed delivery records its own retry or park at once (the error policy). While it finds work the
 * route polls again without pausing. Each delivery still has its own lease, attempt and outcome.
 */
public final class FileExportRoute extends RouteBuilder {

  static final String ROUTE_ID = "file-export";
  static final String ATTEMPT = "direct:file-export-attempt";

  /**
   * Files written at the same time by one poll: each waits for its fsync, and the file system
   * commits concurrent fsyncs together (on the 2-core benchmark machine 4 writers made about 1,500
   * files/s, 16 about 6,000).
   */
  static final int WRITERS = 16;

  private final LinkageSteps steps;
  private final Processor render;
  private final Processor writeLocal;
  private final Processor uploadBySftp;
  private final Processor delivered;

  FileExportRoute(
      LinkageSteps steps,
      Processor render,
      Processor writeLocal,
      Processor uploadBySftp,
      Processor delivered) {
    this.steps = steps;
    this.render = render;
    this.writeLocal = writeLocal;
    this.uploadBySftp = uploadBySftp;
    this.delivered = delivered;
  }

  @Override
  public void configure() {
    from(steps.greedySchedulerUri(ROUTE_ID))
        .routeId(ROUTE_ID)
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.claimGroup(DeliveryPattern.FILE_EXPORT))
        .id("file-claim")
        .process(DeliveryExchange::collectDeliveredFiles)
        .split(body())
        .parallelProcessing()
        .executorService(
            getContext().getExecutorServiceManager().newFixedThreadPool(this, ROUTE_ID, WRITERS))
        .to(ATTEMPT)
        .end()
        .process(steps.recordDeliveredFiles())
        .id("file-record-delivered");

    from(ATTEMPT)
        .routeId("file-export-attempt")
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.startAttempt())
        .id("file-start-attempt")
        .process(render)
        .id("render-file")
        .choice()
        .when(FileExportRoute::isSftp)
        .process(uploadBySftp)
        .id("sftp-upload")
        .otherwise()
        .process(writeLocal)
        .id("write-file")
        .end()
        .process(delivered)
        .id("file-delivered");
  }

  private static boolean isSftp(Exchange exchange) {
    return DeliveryExchange.delivery(exchange).route().file().overSftp();
  }
}
