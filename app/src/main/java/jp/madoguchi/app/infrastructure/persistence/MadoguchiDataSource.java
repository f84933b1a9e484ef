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
      // again and again): parsed and planned once, not per request. The type is named because
      // an annotation-defined pool without it may fail to create the cache (Payara issue 6647);
      // a JFR profile shows the cache in use (docs/benchmarks.md, "Intake CPU per submission").
      "fish.payara.statement-cache-size=128",
      "fish.payara.statement-cache-type=FIXED"
    })
public class MadoguchiDataSource {
  public static final String JNDI_NAME = "java:app/jdbc/madoguchi";
}
