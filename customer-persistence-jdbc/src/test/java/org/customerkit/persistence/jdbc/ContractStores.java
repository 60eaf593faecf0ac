package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.customerkit.persistence.jdbc.internal.Tables;
import org.junit.jupiter.api.Assumptions;

/** The JDBC stores as the core's contract kit takes them. */
final class ContractStores {

  private ContractStores() {}

  static TestDatabase.Schema open(TestDatabase database) {
    database.unavailable().ifPresent(reason -> Assumptions.assumeTrue(false, reason));
    return database.freshSchema();
  }

  static void close(TestDatabase.Schema schema) {
    if (schema != null) {
      schema.close();
    }
  }

  /** Deletes every saved report definition of the schema, between contract tests. */
  static void clearReportDefinitions(TestDatabase.Schema schema) {
    if (schema == null) {
      return;
    }
    try (Connection c = schema.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM " + new Tables(schema.stores().tablePrefix()).reportDefinitions());
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty the report definitions", e);
    }
  }
}
