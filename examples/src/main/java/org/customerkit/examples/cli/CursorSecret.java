package org.customerkit.examples.cli;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The runner's cursor secret: 32 random bytes made once per database and kept in it (table
 * {@code runner_cursor_secret}), so that a cursor one command prints works in the next command on the same
 * database, and in no other database. A host with several processes does the same with its own configuration.
 */
final class CursorSecret {

  private static final String TABLE = "runner_cursor_secret";
  private static final String CREATE = "CREATE TABLE IF NOT EXISTS " + TABLE
      + " (id INT NOT NULL PRIMARY KEY, secret VARCHAR(64) NOT NULL)";
  private static final String READ = "SELECT secret FROM " + TABLE + " WHERE id = 1";
  private static final String INSERT = "INSERT INTO " + TABLE + " (id, secret) VALUES (1, ?)";

  private CursorSecret() {}

  /** The database's secret, made and stored on first use; two first uses at once agree on one. */
  static byte[] of(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(CREATE);
      }
      Optional<byte[]> stored = read(connection);
      if (stored.isPresent()) {
        return stored.get();
      }
      byte[] secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        insert.setString(1, HexFormat.of().formatHex(secret));
        insert.executeUpdate();
        return secret;
      } catch (SQLException e) {
        // another command stored one first
        return read(connection).orElseThrow(() -> e);
      }
    }
  }

  private static Optional<byte[]> read(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(READ)) {
      return rows.next() ? Optional.of(HexFormat.of().parseHex(rows.getString(1))) : Optional.empty();
    }
  }
}
