package jp.madoguchi.app.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnreachableTest {

  @Test
  void aRefusedConnectionDeepInTheCauseChainCounts() {
    var refused = new SQLException("FATAL: database is not accepting connections", "55000");
    var wrapped =
        new PersistenceException(
            "Unable to acquire JDBC Connection",
            new SQLException("Error in allocating a connection. Cause: ...", null, refused));

    assertThat(DatabaseUnreachable.causedBy(wrapped)).isTrue();
  }

  @Test
  void connectionClassSqlStatesAndTransientConnectionFailuresCount() {
    assertThat(DatabaseUnreachable.causedBy(new SQLException("gone", "08006"))).isTrue();
    assertThat(DatabaseUnreachable.causedBy(new SQLException("terminated", "57P01"))).isTrue();
    assertThat(DatabaseUnreachable.causedBy(new SQLTransientConnectionException("timeout")))
        .isTrue();
    assertThat(
            DatabaseUnreachable.causedBy(
                new SQLException("Error in allocating a connection. Cause: pool timeout")))
        .isTrue();
  }

  @Test
  void badStatementsAndBugsDoNotCount() {
    assertThat(DatabaseUnreachable.causedBy(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseUnreachable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(DatabaseUnreachable.causedBy(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseUnreachable.causedBy(null)).isFalse();
  }
}
