package org.customerkit.examples.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a JDBC URL through the driver manager: a new connection per call, no pool. An H2 URL that
 * does not ask for a trace level gets {@code TRACE_LEVEL_FILE=0}: H2 otherwise writes every SQL error, with the
 * values it quotes (names, e-mail addresses), to a {@code *.trace.db} file beside the database.
 */
final class UrlDataSource implements DataSource {

  private final String url;
  private PrintWriter logWriter;
  private int loginTimeout;

  UrlDataSource(String url) {
    boolean h2 = url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length());
    this.url = h2 && !url.toUpperCase(Locale.ROOT).contains("TRACE_LEVEL_FILE") ? url + ";TRACE_LEVEL_FILE=0" : url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return DriverManager.getConnection(url, username, password);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
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
    throw new SQLFeatureNotSupportedException("no java.util.logging here");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
