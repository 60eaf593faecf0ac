package org.customerkit.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.customerkit.persistence.jdbc.internal.Connections;
import org.customerkit.persistence.jdbc.internal.SqlScript;
import org.customerkit.persistence.jdbc.internal.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the module's migrations without Flyway, for hosts that have no migration tool: plain JDBC, the applied
 * versions recorded in {@code <prefix>schema_history}. Running it again applies only what is missing, so calling
 * it at every start is fine.
 *
 * <p>On PostgreSQL each migration and its history row commit together or not at all, and concurrent installers
 * wait for each other on a lock of the history table. MariaDB and H2 commit DDL statement by statement; the scripts
 * use {@code IF NOT EXISTS} throughout, so running the installer again after a failure finishes the job.
 *
 * <p>A host that uses Flyway gives it {@link Dialect#migrationFolder()} and the placeholder {@code prefix}
 * instead, with a history table of its own for this module (see the package documentation).
 */
public final class SchemaInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaInstaller.class);

  /** The migrations, in order: version and file name. */
  static final List<String> MIGRATIONS = List.of("V1__customers");

  private final ConnectionSource source;
  private final Dialect dialect;
  private final Tables tables;

  SchemaInstaller(ConnectionSource source, Dialect dialect, Tables tables) {
    this.source = source;
    this.dialect = dialect;
    this.tables = tables;
  }

  /**
   * Applies the migrations not yet applied.
   *
   * @return how many were applied now, 0 when the schema was up to date
   */
  public int install() {
    Connection connection = null;
    try {
      connection = source.connection();
      return install(connection);
    } catch (SQLException e) {
      throw Connections.failure(e);
    } finally {
      if (connection != null) {
        try {
          source.release(connection);
        } catch (SQLException e) {
          LOG.warn("could not release the installer's connection: {}", e.getMessage());
        }
      }
    }
  }

  /** The version this release's migrations reach; {@link #installedVersion()} equals it once installed. */
  public int latestVersion() {
    return MIGRATIONS.size();
  }

  /** The highest version applied, 0 for none. */
  public int installedVersion() {
    Connection connection = null;
    try {
      connection = source.connection();
      createHistory(connection);
      return installed(connection);
    } catch (SQLException e) {
      throw Connections.failure(e);
    } finally {
      if (connection != null) {
        try {
          source.release(connection);
        } catch (SQLException e) {
          LOG.warn("could not release the installer's connection: {}", e.getMessage());
        }
      }
    }
  }

  /**
   * Refuses a database these stores cannot trust, with a {@link JdbcStoreException} that says why: an H2 database
   * that compares text without case ({@code IGNORECASE=TRUE} in the URL, or tables created under it), where
   * tenants {@code acme} and {@code ACME} would share every customer; a schema history with a migration beyond
   * this release's (a newer customerkit migrated it); or an applied migration whose text differs from this
   * release's (its checksum changed).
   */
  void verify(Connection connection) throws SQLException {
    if (dialect == Dialect.H2) {
      refuseTextWithoutCase(connection);
    }
    if (historyExists(connection)) {
      refuseForeignHistory(connection);
    }
  }

  private void refuseTextWithoutCase(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet probe = statement.executeQuery(
            "SELECT COUNT(*) FROM (VALUES (CAST('a' AS VARCHAR(1)))) v(x) WHERE x = 'A'")) {
      probe.next();
      if (probe.getInt(1) > 0) {
        throw new JdbcStoreException("H2 compares text without case here (IGNORECASE=TRUE in the URL, or a"
            + " database COLLATION): customerkit's tenant ids and keys must compare exactly, or tenants 'acme' and"
            + " 'ACME' would share customers. Remove IGNORECASE and COLLATION from the database URL.", null);
      }
    }
    try (PreparedStatement columns = connection.prepareStatement("SELECT TABLE_NAME, COLUMN_NAME FROM"
        + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = SCHEMA() AND LEFT(TABLE_NAME, ?) = ?"
        + " AND DATA_TYPE = 'VARCHAR_IGNORECASE'")) {
      columns.setInt(1, tables.prefix().length());
      columns.setString(2, tables.prefix().toUpperCase(Locale.ROOT));
      try (ResultSet rs = columns.executeQuery()) {
        if (rs.next()) {
          throw new JdbcStoreException("the customerkit table " + rs.getString(1) + " was created while H2 ran with"
              + " IGNORECASE=TRUE: its column " + rs.getString(2) + " compares without case, so tenants 'acme' and"
              + " 'ACME' would share customers. Recreate the tables without IGNORECASE in the URL.", null);
        }
      }
    }
  }

  private boolean historyExists(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String escape = meta.getSearchStringEscape();
    for (String name : List.of(tables.history(), tables.history().toUpperCase(Locale.ROOT))) {
      String pattern = escape == null ? name : name.replace("_", escape + "_");
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), pattern, null)) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private void refuseForeignHistory(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT version, description, checksum FROM " + tables.history()
            + " ORDER BY version")) {
      while (rs.next()) {
        int version = rs.getInt(1);
        if (version > MIGRATIONS.size()) {
          throw new JdbcStoreException("the customerkit schema with prefix " + tables.prefix() + " has migration "
              + version + " (" + rs.getString(2) + "), beyond the " + MIGRATIONS.size() + " this release knows: a"
              + " newer customerkit migrated it. Use that release or a later one.", null);
        }
        String name = MIGRATIONS.get(version - 1);
        String expected = checksum(SqlScript.load(dialect.migrationFolder() + "/" + name + ".sql"));
        if (!expected.equals(rs.getString(3))) {
          throw new JdbcStoreException("customerkit migration " + name + " with prefix " + tables.prefix()
              + " was applied from a different text than this release's (its checksum in " + tables.history()
              + " differs): another build of customerkit installed this schema. Use the release that installed it.",
              null);
        }
      }
    }
  }

  private int install(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    verify(connection);
    createHistory(connection);
    int applied = 0;
    try {
      for (int version = 1; version <= MIGRATIONS.size(); version++) {
        String name = MIGRATIONS.get(version - 1);
        String script = SqlScript.load(dialect.migrationFolder() + "/" + name + ".sql");
        if (dialect == Dialect.POSTGRESQL) {
          connection.setAutoCommit(false);
          try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE " + tables.history() + " IN EXCLUSIVE MODE");
          }
        } else {
          connection.setAutoCommit(true);
        }
        if (installed(connection) >= version) {
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
          continue;
        }
        LOG.info("applying customerkit migration {} ({}) with prefix {}", name, dialect, tables.prefix());
        try (Statement statement = connection.createStatement()) {
          for (String sql : SqlScript.statements(script, tables.prefix())) {
            statement.execute(sql);
          }
          try (PreparedStatement record = connection.prepareStatement("INSERT INTO " + tables.history()
              + " (version, description, checksum, installed_at) VALUES (?, ?, ?, ?)")) {
            record.setInt(1, version);
            record.setString(2, name.substring(name.indexOf("__") + 2));
            record.setString(3, checksum(script));
            record.setString(4, Instant.now().toString());
            record.executeUpdate();
          }
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
          applied++;
        } catch (SQLException | RuntimeException e) {
          if (!connection.getAutoCommit()) {
            connection.rollback();
          }
          throw e;
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return applied;
  }

  private void createHistory(Connection connection) throws SQLException {
    String table = dialect == Dialect.MARIADB ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin" : "";
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE IF NOT EXISTS " + tables.history() + " (version INTEGER NOT NULL PRIMARY KEY,"
          + " description VARCHAR(200) NOT NULL, checksum VARCHAR(64) NOT NULL, installed_at VARCHAR(40) NOT NULL)"
          + table);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }

  private int installed(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM " + tables.history())) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String checksum(String script) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
