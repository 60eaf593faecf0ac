package org.customerkit.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.customerkit.persistence.jdbc.ConnectionSource;
import org.customerkit.persistence.jdbc.Dialect;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;

/**
 * The two databases of the benchmarks and where they are. Both use the table prefix {@value #PREFIX}.
 *
 * <ul>
 *   <li>H2: a file under {@code benchmarks/target/h2/} of the working directory, or the JDBC URL in the system
 *       property {@code customerkit.bench.h2.url}. The URL always gets {@code OPTIMIZE_REUSE_RESULTS=FALSE}: H2
 *       otherwise answers a prepared query run again with the same parameters from its last result, and the
 *       benchmark would measure that cache.
 *   <li>PostgreSQL: {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}, or the system property
 *       {@code customerkit.bench.postgres.url}.
 * </ul>
 */
enum BenchDatabase {
  H2(Dialect.H2),
  POSTGRES(Dialect.POSTGRESQL);

  static final String PREFIX = "bench_";

  private final Dialect dialect;

  BenchDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  static BenchDatabase of(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "h2" -> H2;
      case "postgres", "postgresql", "pg" -> POSTGRES;
      default -> throw new IllegalArgumentException("unknown benchmark database: " + name + " (h2 or postgres)");
    };
  }

  Dialect dialect() {
    return dialect;
  }

  String url() {
    if (this == H2) {
      String url = System.getProperty("customerkit.bench.h2.url");
      if (url == null || url.isBlank()) {
        Path file = Path.of(System.getProperty("customerkit.bench.h2.dir", "benchmarks/target/h2"))
            .toAbsolutePath().resolve("customers");
        url = "jdbc:h2:file:" + file;
      }
      return url.toUpperCase(Locale.ROOT).contains("OPTIMIZE_REUSE_RESULTS") ? url
          : url + ";OPTIMIZE_REUSE_RESULTS=FALSE";
    }
    String url = System.getProperty("customerkit.bench.postgres.url");
    return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test?user=postgres" : url;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  /** The library's stores on one connection held for the whole benchmark, in auto-commit like a pooled one. */
  static JdbcCustomerStores stores(Connection connection, Dialect dialect) {
    ConnectionSource one = new ConnectionSource() {
      @Override
      public Connection connection() {
        return connection;
      }

      @Override
      public void release(Connection released) {
        // held for the benchmark's lifetime, as a pool would keep it
      }

      @Override
      public boolean inHostTransaction() {
        return false;
      }

      @Override
      public void afterHostCommit(Runnable action) {
        throw new IllegalStateException("never in a host transaction");
      }
    };
    return JdbcCustomerStores.builder(one).dialect(dialect).tablePrefix(PREFIX).build();
  }
}
