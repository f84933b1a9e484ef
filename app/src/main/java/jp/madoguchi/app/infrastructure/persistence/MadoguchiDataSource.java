package jp.madoguchi.app.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source, pooled by Payara. {@link JdbcUrlDataSource} reads URL, user
 * and password from MicroProfile Config, so the same WAR runs on H2 (demo, tests) and PostgreSQL
 * (production): see {@code madoguchi.db.*} in docs/configuration.md.
 */
@DataSourceDefinition(
    name = MadoguchiDataSource.JNDI_NAME,
    className = "jp.madoguchi.app.infrastructure.persistence.JdbcUrlDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=auto-commit",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=3",
      "fish.payara.connection-creation-retry-interval-in-seconds=2",
      // Each connection keeps its prepared statements (the intake path issues the same dozen
      // again and again): parsed and planned once, not per request. FIXED must be named, as
      // Payara fails to create its default cache type from an annotation.
      "fish.payara.statement-cache-size=128",
      "fish.payara.statement-cache-type=FIXED"
    })
public class MadoguchiDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/madoguchi";
}
