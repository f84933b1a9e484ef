package jp.madoguchi.app.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the Flyway migrations of the {@code db} module at boot: the
 * portable ones in {@code db/migration} and, on PostgreSQL, those in {@code db/vendor/postgresql}
 * (e.g. pg_trgm indexes H2 has no equivalent of). Version numbers are unique across both.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = MadoguchiDataSource.JNDI_NAME)
  DataSource dataSource;

  @Inject SchemaStatus status;

  @PostConstruct
  void migrate() {
    boolean postgreSql = DatabaseKind.ask(dataSource);
    String[] locations =
        postgreSql
            ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
            : new String[] {"classpath:db/migration"};
    Flyway flyway =
        Flyway.configure(DatabaseMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations)
            .placeholders(Map.of("binary_type", postgreSql ? "BYTEA" : "BINARY LARGE OBJECT"))
            .load();
    var result = flyway.migrate();
    LOG.info(() -> "Database schema at version " + result.targetSchemaVersion);
    var current = flyway.info().current();
    status.migrated(current == null ? "" : current.getVersion().getVersion());
  }
}
