package jp.madoguchi.app.application.linkage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import jp.madoguchi.app.domain.linkage.SecretHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The linkage configuration keys (docs/configuration.md). */
@ApplicationScoped
public class LinkageSettings {

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.export-root", defaultValue = "./data/exports")
  String exportRoot;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.export-roots", defaultValue = " ")
  String exportRoots;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.secret-headers", defaultValue = " ")
  String secretHeaders;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.poll-ms", defaultValue = "2000")
  long pollMs;

  @Inject
  @ConfigProperty(name = "madoguchi.linkage.file-group-size", defaultValue = "100")
  int fileGroupSize;

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

  /**
   * The directories FILE_EXPORT routes may write under (comma-separated absolute paths; by default
   * the export root alone). A relative directory of a route is read against the first.
   */
  public List<Path> exportRoots() {
    List<Path> roots =
        Arrays.stream(exportRoots.split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .map(p -> Path.of(p).toAbsolutePath().normalize())
            .toList();
    return roots.isEmpty() ? List.of(exportRoot()) : roots;
  }

  /** The request headers whose values are stored encrypted and never shown. */
  public SecretHeaders secretHeaders() {
    return SecretHeaders.of(secretHeaders);
  }

  public Duration pollDelay() {
    return Duration.ofMillis(Math.max(10, pollMs));
  }

  /** FILE_EXPORT deliveries claimed per poll and recorded DELIVERED in one transaction. */
  public int fileGroupSize() {
    return Math.max(1, fileGroupSize);
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
