package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The linkage configuration keys (docs/configuration.md). */
@ApplicationScoped
public class LinkageSettings {

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.export-root", defaultValue = "./data/exports")
  String exportRoot;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.poll-ms", defaultValue = "2000")
  long pollMs;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.lease-seconds", defaultValue = "300")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.batch-lease-minutes", defaultValue = "30")
  long batchLeaseMinutes;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.batch-page-rows", defaultValue = "2000")
  int batchPageRows;

  @Inject
  @ConfigProperty(
      name = "madoguchi.linkage.demo-api-url",
      defaultValue = "http://127.0.0.1:8089/demo-core-system/applications")
  String demoApiUrl;

  /** Where demo FILE_EXPORT routes write: one directory per procedure below it. */
  public Path exportRoot() {
    return Path.of(exportRoot).toAbsolutePath().normalize();
  }

  public Duration pollDelay() {
    return Duration.ofMillis(Math.max(10, pollMs));
  }

  /**
   * How long a claimed delivery stays with the node that claimed it; after a crash, its deliveries
   * are taken up again once this has passed.
   */
  public Duration deliveryLease() {
    return Duration.ofSeconds(Math.max(1, leaseSeconds));
  }

  public Duration batchLease() {
    return Duration.ofMinutes(Math.max(1, batchLeaseMinutes));
  }

  /** How many rows of a batch file are rendered (and held in memory) at a time. */
  public int batchPageRows() {
    return Math.max(1, batchPageRows);
  }

  public String demoApiUrl() {
    return demoApiUrl;
  }
}
