package jp.madoguchi.app.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The schema version reached by {@link DatabaseMigrator} at boot, for the health check. A plain CDI
 * bean, so that a health request never waits on the startup EJB.
 */
@ApplicationScoped
public class SchemaStatus {

  private volatile String version;

  void migrated(String version) {
    this.version = version;
  }

  /** Empty until every migration of this version was applied. */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }
}
