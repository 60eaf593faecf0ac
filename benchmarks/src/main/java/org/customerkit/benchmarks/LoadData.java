package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.time.Instant;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;
import org.customerkit.persistence.jdbc.internal.CustomerRows;
import org.customerkit.persistence.jdbc.internal.Sql;
import org.customerkit.persistence.jdbc.internal.SqlScript;
import org.customerkit.persistence.jdbc.internal.Tables;
import org.customerkit.testkit.sample.SampleCustomers;

/**
 * Fills a benchmark database once: 1,000,000 customers in tenant {@value #BIG_TENANT} and 99,999 over nine more
 * tenants, then records a marker row in {@code bench_loaded}; a database with the marker is left alone, one
 * without it (nothing loaded, or a load interrupted) has its {@code bench_} tables dropped and loaded afresh.
 *
 * <p>Run it by hand before the benchmarks ({@code java -cp benchmarks/target/benchmarks.jar
 * org.customerkit.benchmarks.LoadData h2 postgres}); the benchmarks' trial setup also calls it, so a first run
 * without it loads on the way (for minutes).
 *
 * <p><b>The bulk path.</b> {@code CustomerStore.insert} writes one customer per statement with all indexes live:
 * at a million rows that is far slower than a batch (see docs, list-queries-measured: index upkeep, above all the
 * trigram indexes, decides import speed). So the loader writes the same customer rows the store writes, with the
 * store's own row mapping ({@link CustomerRows#WRITTEN} and {@link CustomerRows#values}: card columns, sort and
 * match keys, search texts) as JDBC batches of 1,000 committed every 10,000, with the customer table's secondary
 * indexes dropped during the load and created again afterwards from the module's own migration script. The
 * customers are the test kit's {@link SampleCustomers}; their extra addresses, contacts and extra fields, if any,
 * are not written (the list benchmarks read none of them). Every
 * row reads back through the store (the benchmarks read them through {@code CustomerStore.list}).
 */
public final class LoadData {

  static final String BIG_TENANT = "tenant-01";
  static final int BIG_TENANT_ROWS = 1_000_000;
  static final int OTHER_TENANTS = 9;
  static final int OTHER_TENANT_ROWS = 11_111;
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 10_000;

  private LoadData() {}

  public static void main(String[] args) throws SQLException {
    List<String> names = args.length == 0 ? List.of("h2", "postgres") : List.of(args);
    for (String name : names) {
      ensureLoaded(BenchDatabase.of(name));
    }
  }

  /** Loads the database unless its marker row says it is loaded. */
  static synchronized void ensureLoaded(BenchDatabase database) throws SQLException {
    Properties properties = new Properties();
    if (database == BenchDatabase.POSTGRES) {
      properties.setProperty("reWriteBatchedInserts", "true");
    }
    try (Connection connection = DriverManager.getConnection(database.url(), properties)) {
      JdbcCustomerStores stores = BenchDatabase.stores(connection, database.dialect());
      try (Statement s = connection.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS " + BenchDatabase.PREFIX
            + "loaded (customers BIGINT NOT NULL, loaded_at VARCHAR(40) NOT NULL)");
        long loaded = -1;
        try (ResultSet rs = s.executeQuery("SELECT customers FROM " + BenchDatabase.PREFIX + "loaded")) {
          if (rs.next()) {
            loaded = rs.getLong(1);
          }
        }
        if (loaded >= 0) {
          if (stores.schema().installedVersion() == stores.schema().latestVersion()) {
            log(database, "already loaded (" + loaded + " customers)");
            return;
          }
          // a later migration adds columns that the load fills in and older rows leave empty (and migrating a
          // million rows costs more than loading them again)
          log(database, "loaded under an older schema; loading again as this version writes rows");
          s.executeUpdate("DELETE FROM " + BenchDatabase.PREFIX + "loaded");
        }
        // no marker: nothing, an interrupted load or an older schema; dropping is much faster than deleting rows
        Tables tables = new Tables(BenchDatabase.PREFIX);
        for (String table : List.of(tables.fieldValues(), tables.contacts(), tables.addresses(), tables.customers(),
            tables.numbers(), tables.extraFields(), tables.savedViews(), tables.history())) {
          s.execute("DROP TABLE IF EXISTS " + table + " CASCADE");
        }
      }
      stores.schema().install();
      load(database, connection, stores);
    }
  }

  private static void load(BenchDatabase database, Connection connection, JdbcCustomerStores stores)
      throws SQLException {
    long start = System.nanoTime();
    List<String> indexes = indexStatements(database, stores);
    try (Statement s = connection.createStatement()) {
      for (String create : indexes) {
        s.execute("DROP INDEX IF EXISTS " + indexName(create));
      }
    }
    log(database, "loading; secondary indexes dropped: " + indexes.size());
    connection.setAutoCommit(false);
    String insert = "INSERT INTO " + stores.customerTable() + " (tenant_id, id, "
        + String.join(", ", CustomerRows.WRITTEN) + ") VALUES (?, ?" + ", ?".repeat(CustomerRows.WRITTEN.size())
        + ")";
    long total = 0;
    try (PreparedStatement ps = connection.prepareStatement(insert)) {
      total += tenant(database, connection, ps, TenantId.of(BIG_TENANT), 1, BIG_TENANT_ROWS, start);
      for (int t = 2; t <= OTHER_TENANTS + 1; t++) {
        total += tenant(database, connection, ps, TenantId.of(String.format(Locale.ROOT, "tenant-%02d", t)), t,
            OTHER_TENANT_ROWS, start);
      }
    }
    connection.commit();
    connection.setAutoCommit(true);
    log(database, String.format(Locale.ROOT, "%,d rows in %.0f s; creating %d indexes", total, seconds(start),
        indexes.size()));
    try (Statement s = connection.createStatement()) {
      if (database == BenchDatabase.POSTGRES) {
        s.execute("SET maintenance_work_mem = '256MB'");
      }
      for (String create : indexes) {
        long t0 = System.nanoTime();
        s.execute(create);
        log(database, String.format(Locale.ROOT, "%s in %.0f s", indexName(create), seconds(t0)));
      }
      s.execute(database == BenchDatabase.POSTGRES ? "VACUUM ANALYZE " + stores.customerTable() : "ANALYZE");
      s.executeUpdate("INSERT INTO " + BenchDatabase.PREFIX + "loaded (customers, loaded_at) VALUES (" + total
          + ", '" + java.time.Instant.now() + "')");
    }
    log(database, String.format(Locale.ROOT, "loaded in %.0f s", seconds(start)));
  }

  private static long tenant(BenchDatabase database, Connection connection, PreparedStatement ps, TenantId tenant,
      int ordinal, int rows, long start) throws SQLException {
    for (int from = 0; from < rows; from += BATCH) {
      int to = Math.min(rows, from + BATCH);
      List<List<Object>> values = IntStream.range(from, to).parallel()
          .mapToObj(i -> row(customer(tenant, ordinal, i))).collect(Collectors.toList());
      for (List<Object> row : values) {
        Sql.bind(ps, row);
        ps.addBatch();
      }
      ps.executeBatch();
      if (to % COMMIT_EVERY == 0 || to == rows) {
        connection.commit();
      }
      if (to % 100_000 == 0) {
        log(database, String.format(Locale.ROOT, "%s: %,d rows, %.0f s", tenant.value(), to, seconds(start)));
      }
    }
    return rows;
  }

  /** The first customer's creation; each next one a minute later. */
  static final Instant EPOCH = Instant.parse("2015-01-01T08:00:00Z");

  /**
   * Customer {@code index} (0-based) of a tenant: the test kit's sample customer of that index, with the tenant's
   * ordinal as seed, numbered from 10000.
   */
  static Customer customer(TenantId tenant, int tenantOrdinal, int index) {
    return SAMPLES.get(tenantOrdinal - 1).customer(tenant, index, CustomerNumber.of(String.valueOf(10_000 + index)),
        EPOCH.plusSeconds(60L * index));
  }

  private static final List<SampleCustomers> SAMPLES = IntStream.rangeClosed(1, OTHER_TENANTS + 1)
      .mapToObj(ordinal -> new SampleCustomers(SampleCustomers.DEMO_SEED + ordinal)).toList();

  private static List<Object> row(Customer customer) {
    List<Object> values = new ArrayList<>(CustomerRows.WRITTEN.size() + 2);
    values.add(customer.tenant().value());
    values.add(customer.id().toString());
    values.addAll(CustomerRows.values(customer));
    return values;
  }

  /** The migrations that create indexes on the customer table. */
  private static final List<String> INDEXING_MIGRATIONS = List.of("V1__customers");

  /** The CREATE INDEX statements of the customer table in the module's migrations, with the prefix applied. */
  private static List<String> indexStatements(BenchDatabase database, JdbcCustomerStores stores) {
    String marker = " ON " + stores.customerTable() + " ";
    List<String> statements = new ArrayList<>();
    for (String migration : INDEXING_MIGRATIONS) {
      String script = SqlScript.load(database.dialect().migrationFolder() + "/" + migration + ".sql");
      SqlScript.statements(script, BenchDatabase.PREFIX).stream().map(s -> s.strip().replaceAll("\\s+", " "))
          .filter(s -> s.toUpperCase(Locale.ROOT).startsWith("CREATE INDEX") && s.contains(marker))
          .forEach(statements::add);
    }
    return statements;
  }

  private static String indexName(String create) {
    String afterExists = create.substring(create.indexOf("EXISTS") + "EXISTS".length()).strip();
    return afterExists.split("\\s+", 2)[0];
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static void log(BenchDatabase database, String message) {
    System.out.println("[customerkit bench load " + database.name().toLowerCase(Locale.ROOT) + "] " + message);
  }
}
