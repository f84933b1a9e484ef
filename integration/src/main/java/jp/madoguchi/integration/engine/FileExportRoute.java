package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * FILE_EXPORT (単件ファイル取込): every poll claims the due deliveries and writes one file per delivery
 * into its route's directory. The deliveries of one poll are written by a few threads at once: each
 * file is forced to disk before it is published and before its delivery is recorded, so the time
 * goes to waiting for the disk, and several waits overlap. Each delivery still has its own lease,
 * attempt and outcome.
 */
public final class FileExportRoute extends RouteBuilder {

  static final String ROUTE_ID = "file-export";

  /** Files written at the same time by one poll. */
  static final int WRITERS = 4;

  private final LinkageSteps steps;
  private final Processor exportFile;

  FileExportRoute(LinkageSteps steps, Processor exportFile) {
    this.steps = steps;
    this.exportFile = exportFile;
  }

  @Override
  public void configure() {
    from(steps.schedulerUri(ROUTE_ID))
        .routeId(ROUTE_ID)
        .routeConfigurationId(LinkageErrorPolicy.ID)
        .process(steps.claim(DeliveryPattern.FILE_EXPORT))
        .split(body())
        .parallelProcessing()
        .executorService(
            getContext().getExecutorServiceManager().newFixedThreadPool(this, ROUTE_ID, WRITERS))
        .process(steps.startAttempt())
        .process(exportFile)
        .process(steps.recordOutcome())
        .end();
  }
}
