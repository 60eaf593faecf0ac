package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One page of a built-in view of the tenant with a million customers, sorted by one column: the first page, or
 * page 10,000 (the keyset of row 499,950, found once in the setup). {@link #library} asks the library's
 * {@link CustomerStore#listRows} exactly what the list use case asks (the view's effective filter, its sort, 51
 * rows, the keyset, the view's columns); {@link #raw} runs the same query written by hand in JDBC, one prepared
 * statement reused, every column it selects read as text; {@link #rawPreparedPerCall} prepares it per call.
 * {@link ListBreakdownBenchmark} shows what the same page costs as whole customers.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ListBenchmark {

  @Param({"h2", "postgres"})
  public String database;

  @Param({"all", "without-vat", "with-vat"})
  public String view;

  @Param({"company-name", "city"})
  public String sort;

  @Param({"1", "10000"})
  public int page;

  private final TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
  private Connection libraryConnection;
  private Connection rawConnection;
  private CustomerStore store;
  private CustomerQuery query;
  private List<Column> columns;
  private PreparedStatement rawStatement;
  private String rawSql;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    BenchDatabase db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    libraryConnection = db.connect();
    rawConnection = db.connect();
    store = BenchDatabase.stores(libraryConnection, db.dialect()).customers();

    BuiltInView builtIn = BuiltInView.byName(view).orElseThrow();
    StandardColumn column = StandardColumn.byName(sort).orElseThrow();
    Condition condition = builtIn.view().effectiveFilter().toCondition();
    String sortColumn = BenchQueries.sortColumn(sort);
    Optional<Keyset> after = page == 1 ? Optional.empty()
        : Optional.of(BenchQueries.seek(rawConnection, tenant.value(), view, sortColumn,
            BenchQueries.rowsBefore(page)));
    query = new CustomerQuery(condition, Sort.by(column), BenchQueries.LIMIT, after);
    columns = builtIn.view().columns();

    String sql = BenchQueries.page(view, sortColumn, after.isPresent());
    rawSql = sql;
    rawStatement = rawConnection.prepareStatement(sql);
    bindRaw(rawStatement);

    List<ListedCustomer> viaLibrary = library();
    int viaRaw = BenchQueries.countRows(rawStatement);
    if (viaLibrary.size() != viaRaw || viaRaw == 0) {
      throw new IllegalStateException("library and raw query disagree: " + viaLibrary.size() + " vs " + viaRaw);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    rawStatement.close();
    rawConnection.close();
    libraryConnection.close();
  }

  @Benchmark
  public List<ListedCustomer> library() {
    return store.listRows(tenant, query, columns);
  }

  @Benchmark
  public int raw(Blackhole blackhole) throws SQLException {
    return BenchQueries.readAll(rawStatement, blackhole);
  }

  /**
   * The same hand-written query prepared, bound and closed on every call, as a data-access method on a pooled
   * connection writes it (and as the library must, since a statement cannot outlive the host's connection lease).
   */
  @Benchmark
  public int rawPreparedPerCall(Blackhole blackhole) throws SQLException {
    try (PreparedStatement statement = rawConnection.prepareStatement(rawSql)) {
      bindRaw(statement);
      return BenchQueries.readAll(statement, blackhole);
    }
  }

  private void bindRaw(PreparedStatement statement) throws SQLException {
    int p = 1;
    statement.setString(p++, tenant.value());
    statement.setString(p++, "active");
    if (query.after().isPresent()) {
      statement.setString(p++, query.after().get().keys().get(0));
      statement.setString(p++, query.after().get().id().toString());
    }
    statement.setInt(p, BenchQueries.LIMIT);
  }
}
