package org.customerkit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.cursor.Cursors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A page of a built-in view of the tenant with a million customers, sorted by one column, asked where a host asks
 * it: {@code library} calls {@link Customers#list(ListQuery)} (the query validated, the view resolved, the extra
 * fields' definitions looked up, the store's rows read, the next page's cursor signed; page 10,000 through the
 * signed cursor of row 499,950, found once in the setup); {@code baseline} prepares the same query written by hand
 * per call, as a data-access method on a pooled connection does, and maps every row to a record of the texts a
 * screen shows ({@link BenchQueries.RawRow}). The way is the last parameter, so that JMH runs both ways of one page
 * one after the other.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class HostListBenchmark {

  /** The cursor key of the benchmark's module, so that the setup can sign the deep page's cursor. */
  static final byte[] CURSOR_SECRET = "customerkit benchmark cursors, 32 bytes".getBytes(StandardCharsets.UTF_8);

  @Param({"h2", "postgres"})
  public String database;

  @Param({"all", "without-vat", "with-vat"})
  public String view;

  @Param({"company-name", "city"})
  public String sort;

  @Param({"1", "10000"})
  public int page;

  /** Who asks; named so that it sorts last among the parameters, which JMH varies fastest. */
  @Param({"library", "baseline"})
  public String way;

  private final TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
  private Connection libraryConnection;
  private Connection rawConnection;
  private Customers customers;
  private ListQuery query;
  private String rawSql;
  private Keyset after;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    BenchDatabase db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    libraryConnection = db.connect();
    rawConnection = db.connect();
    customers = BenchDatabase.stores(libraryConnection, db.dialect()).moduleBuilder().cursorSecret(CURSOR_SECRET)
        .build().forTenant(tenant);
    BuiltInView builtIn = BuiltInView.byName(view).orElseThrow();
    String sortColumn = BenchQueries.sortColumn(sort);
    query = ListQuery.of(builtIn).withSort(Sort.by(StandardColumn.byName(sort).orElseThrow()));
    if (page > 1) {
      after = BenchQueries.seek(rawConnection, tenant.value(), view, sortColumn, BenchQueries.rowsBefore(page));
      CustomerList first = customers.list(query).orThrow();
      query = query.withAfter(new Cursors(CURSOR_SECRET).encode(tenant, first.view(), after));
    }
    rawSql = BenchQueries.page(view, sortColumn, after != null);

    CustomerList viaLibrary = library();
    List<BenchQueries.RawRow> viaBaseline = baseline();
    if (viaLibrary.page().items().size() != Math.min(viaBaseline.size(), BenchQueries.LIMIT - 1)
        || viaBaseline.isEmpty()
        || !viaLibrary.page().items().get(0).id().value().equals(viaBaseline.get(0).id())) {
      throw new IllegalStateException("library and baseline disagree on the page");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    rawConnection.close();
    libraryConnection.close();
  }

  /** The page, asked the {@link #way} of this trial. */
  @Benchmark
  public Object page() throws SQLException {
    return way.equals("library") ? library() : baseline();
  }

  private CustomerList library() {
    return customers.list(query).orThrow();
  }

  private List<BenchQueries.RawRow> baseline() throws SQLException {
    try (PreparedStatement statement = rawConnection.prepareStatement(rawSql)) {
      int p = 1;
      statement.setString(p++, tenant.value());
      statement.setString(p++, "active");
      if (after != null) {
        statement.setString(p++, after.keys().get(0));
        statement.setString(p++, after.id().toString());
      }
      statement.setInt(p, BenchQueries.LIMIT);
      return BenchQueries.readRows(statement);
    }
  }
}
