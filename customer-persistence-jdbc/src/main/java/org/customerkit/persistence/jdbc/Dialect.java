package org.customerkit.persistence.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The databases the stores speak SQL to; each has its own migrations and its own statements where they differ. */
public enum Dialect {
  /** H2 2.x, embedded or in memory, in its default mode. */
  H2("h2"),
  /** PostgreSQL 15 and later. */
  POSTGRESQL("postgresql"),
  /** MariaDB 10.11 and later. */
  MARIADB("mariadb");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /**
   * The classpath folder of this dialect's Flyway migrations, such as {@code db/customerkit/postgresql};
   * give it to Flyway as {@code classpath:db/customerkit/postgresql}.
   */
  public String migrationFolder() {
    return "db/customerkit/" + folder;
  }

  /** The dialect of the database a connection talks to, from its metadata. */
  public static Dialect of(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")
        && meta.getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb")) {
      return MARIADB;
    }
    throw new IllegalArgumentException("unsupported database: " + meta.getDatabaseProductName() + " "
        + meta.getDatabaseProductVersion() + " (customerkit supports H2, PostgreSQL and MariaDB)");
  }
}
