package jp.madoguchi.app.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database could not be reached (refused or lost connection, the pool
 * unable to allocate one), as opposed to a bad statement or a bug. Such a failure is temporary: the
 * request may be retried once the database is back.
 */
public final class DatabaseUnreachable {

  /** SQLState values of a connection that could not be had or was cut (besides class 08). */
  private static final Set<String> CONNECTION_STATES =
      Set.of(
          "57P01", // admin_shutdown (the session was terminated)
          "57P02", // crash_shutdown
          "57P03", // cannot_connect_now (starting up, shutting down)
          "53300", // too_many_connections
          "55000"); // database not currently accepting connections (ALLOW_CONNECTIONS false)

  /** Failures of the pool or of connection handling, by class name (not on the app's classpath). */
  private static final Set<String> CONNECTION_FAILURES =
      Set.of(
          "com.sun.appserv.connectors.internal.api.PoolingException",
          "jakarta.resource.spi.ResourceAllocationException",
          "jakarta.resource.spi.RetryableUnavailableException",
          "org.hibernate.exception.JDBCConnectionException");

  private DatabaseUnreachable() {}

  /** True when {@code failure} or one of its causes is a connection-level database failure. */
  public static boolean causedBy(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
      if (isConnectionFailure(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      if (state.startsWith("08") || CONNECTION_STATES.contains(state)) {
        return true;
      }
    }
    if (t instanceof SQLException sql && sql.getMessage() != null) {
      // Payara's pool: "Error in allocating a connection. Cause: Connection could not be allocated"
      if (sql.getMessage().startsWith("Error in allocating a connection")) {
        return true;
      }
    }
    for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
      if (CONNECTION_FAILURES.contains(type.getName())) {
        return true;
      }
    }
    return false;
  }
}
