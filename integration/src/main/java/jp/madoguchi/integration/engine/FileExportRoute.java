package jp.madoguchi.integration.engine;

import jp.madoguchi.integration.config.DeliveryPattern;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * FILE_EXPORT (単件ファイル取込): every poll claims the due deliveries and writes one file per delivery
 * into its route's directory.
 */
public final class FileExportRoute extends RouteBuilder {

  static final String ROUTE_ID = "file-export";

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
        .process(steps.startAttempt())
        .process(exportFile)
        .process(steps.recordOutcome())
        .end();
  }
}
