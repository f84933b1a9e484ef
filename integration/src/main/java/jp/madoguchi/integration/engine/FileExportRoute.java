package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * FILE_EXPORT (単件ファイル取込): every poll claims the due deliveries; each is rendered and written into
 * its route's directory, or uploaded to its route's SFTP server, one file per delivery. The
 * deliveries of one poll are handled by a few threads at once: each file is forced to disk (or
 * renamed on the server) before its delivery is recorded, so the time goes to waiting, and several
 * waits overlap. Each delivery still has its own lease, attempt and outcome.
 */
public final class FileExportRoute extends RouteBuilder {

  static final String ROUTE_ID = "file-export";
  static final String ATTEMPT = "direct:file-export-attempt";

  /** Files written at the same time by one poll. */
  static final int WRITERS = 4;

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
    from(steps.schedulerUri(ROUTE_ID))
        .routeId(ROUTE_ID)
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.claim(DeliveryPattern.FILE_EXPORT))
        .id("file-claim")
        .split(body())
        .parallelProcessing()
        .executorService(
            getContext().getExecutorServiceManager().newFixedThreadPool(this, ROUTE_ID, WRITERS))
        .to(ATTEMPT)
        .end();

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
        .id("file-delivered")
        .process(steps.recordOutcome())
        .id("file-record-outcome");
  }

  private static boolean isSftp(Exchange exchange) {
    return DeliveryExchange.delivery(exchange).route().file().overSftp();
  }
}
