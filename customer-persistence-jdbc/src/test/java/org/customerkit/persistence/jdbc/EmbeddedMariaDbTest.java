package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The embedded MariaDB that a machine without {@code CUSTOMERKIT_TEST_MARIADB_URL} tests on. It is started here
 * even when a URL is configured, so that CI proves a fresh machine runs the MariaDB tests too.
 */
class EmbeddedMariaDbTest {

  @Test
  void onLinuxTheMariaDbTestsRunWithoutAUrl() {
    Assumptions.assumeTrue(EmbeddedMariaDb.runsHere(), "no embedded MariaDB binaries for " + EmbeddedMariaDb.platform());

    assertEquals(Optional.empty(), TestDatabase.MARIADB.unavailable());
  }

  @Test
  void theServerStartsFromTheMavenArtifactAndTakesTheSchema() throws SQLException {
    Assumptions.assumeTrue(EmbeddedMariaDb.runsHere(), "no embedded MariaDB binaries for " + EmbeddedMariaDb.platform());

    try (Connection connection = DriverManager.getConnection(EmbeddedMariaDb.url());
        Statement statement = connection.createStatement()) {
      try (ResultSet version = statement.executeQuery("SELECT VERSION()")) {
        assertTrue(version.next());
        assertTrue(version.getString(1).startsWith("11.4."), version.getString(1));
      }
      statement.execute("CREATE TABLE probe (v VARCHAR(10) COLLATE utf8mb4_nopad_bin) CHARACTER SET utf8mb4");
      statement.execute("INSERT INTO probe VALUES ('\u00e9')");
      try (ResultSet rows = statement.executeQuery("SELECT v FROM probe")) {
        assertTrue(rows.next());
        assertEquals("\u00e9", rows.getString(1));
      }
      statement.execute("DROP TABLE probe");
    }
  }
}
