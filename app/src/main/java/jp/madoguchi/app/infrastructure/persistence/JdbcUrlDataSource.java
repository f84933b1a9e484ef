package jp.madoguchi.app.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain {@link DataSource} that picks the JDBC driver from the URL, so that operators configure
 * only URL, user and password ({@code jdbc:postgresql:…} or {@code jdbc:h2:…}). Payara's pool wraps
 * it. The three values are read from MicroProfile Config ({@code madoguchi.db.url}, {@code .user},
 * {@code .password}) through the application's own class loader, so the WAR's defaults apply and an
 * empty password stays empty.
 */
public class JdbcUrlDataSource implements DataSource {

  private int loginTimeout;

  private static Config config() {
    return ConfigProvider.getConfig(JdbcUrlDataSource.class.getClassLoader());
  }

  private static String setting(String key) {
    return config().getOptionalValue(key, String.class).orElse("");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(setting("madoguchi.db.user"), setting("madoguchi.db.password"));
  }

  /** The pool's own user and password, if any, give way to the configured ones when empty. */
  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    if (username == null || username.isEmpty()) {
      username = setting("madoguchi.db.user");
      pass = setting("madoguchi.db.password");
    }
    String url = setting("madoguchi.db.url");
    Properties properties = new Properties();
    if (username != null && !username.isEmpty()) {
      properties.setProperty("user", username);
    }
    if (pass != null && !pass.isEmpty()) {
      properties.setProperty("password", pass);
    }
    Connection connection = driverFor(url).connect(url, properties);
    if (connection == null) {
      throw new SQLException("JDBC URL not accepted by its driver");
    }
    return connection;
  }

  /**
   * A connection of its own (not pooled) that gives up after {@code seconds} to connect, log in and
   * answer: for the health check, which must answer quickly while the database is away.
   */
  public static Connection connectWithin(int seconds) throws SQLException {
    String url = setting("madoguchi.db.url");
    Properties properties = new Properties();
    String user = setting("madoguchi.db.user");
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
      String password = setting("madoguchi.db.password");
      if (!password.isEmpty()) {
        properties.setProperty("password", password);
      }
    }
    if (url.startsWith("jdbc:postgresql:")) {
      String limit = Integer.toString(seconds);
      properties.setProperty("connectTimeout", limit);
      properties.setProperty("loginTimeout", limit);
      properties.setProperty("socketTimeout", limit);
      properties.setProperty("ApplicationName", "madoguchi-health");
    }
    Connection connection = driverFor(url).connect(url, properties);
    if (connection == null) {
      throw new SQLException("JDBC URL not accepted by its driver");
    }
    return connection;
  }

  private static Driver driverFor(String url) throws SQLException {
    if (url.isEmpty()) {
      throw new SQLException("madoguchi.db.url is not set");
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new org.postgresql.Driver();
    }
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    throw new SQLException(
        "unsupported JDBC URL: only jdbc:postgresql: and jdbc:h2: are supported");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager-style log writers are not used; the drivers log through their own loggers.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("not a wrapper for " + iface.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
