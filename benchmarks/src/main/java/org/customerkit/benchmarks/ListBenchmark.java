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
 * page 10,000 (the keyset of row 499,950, found once in the setup), asked {@link #way} four ways:
 * {@code library} asks the library's {@link CustomerStore#listRows} exactly what the list use case asks (the view's
 * effective filter, its sort, 51 rows, the keyset, the view's columns); {@code raw} runs the same query written by
 * hand in JDBC, one prepared statement reused, every column it selects read as text; {@code raw-per-call} prepares
 * it per call; {@code raw-mapped} also maps every row to a plain record, as a hand-written data-access method
 * returns a page. The way is the last parameter, so JMH runs the four ways of one page one after another: on a
 * shared machine the library and its baselines meet the same moods. {@link ListBreakdownBenchmark} shows what the
 * same page costs as whole customers.
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

  /** Who writes the query; named so that it sorts last among the parameters, which JMH varies fastest. */
  @Param({"library", "raw", "raw-per-call", "raw-mapped"})
  public String way;

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

  /** The page, asked the {@link #way} of this trial; returns the rows read. */
  @Benchmark
  public int page(Blackhole blackhole) throws SQLException {
    return switch (way) {
      case "library" -> {
        List<ListedCustomer> rows = library();
        blackhole.consume(rows);
        yield rows.size();
      }
      case "raw" -> BenchQueries.readAll(rawStatement, blackhole);
      case "raw-per-call" -> rawPreparedPerCall(blackhole);
      case "raw-mapped" -> rawMapped(blackhole);
      default -> throw new IllegalStateException("unknown way " + way);
    };
  }

  private List<ListedCustomer> library() {
    return store.listRows(tenant, query, columns);
  }

  /**
   * The same hand-written query prepared, bound and closed on every call, as a data-access method on a pooled
   * connection writes it (and as the library must, since a statement cannot outlive the host's connection lease).
   */
  private int rawPreparedPerCall(Blackhole blackhole) throws SQLException {
    try (PreparedStatement statement = rawConnection.prepareStatement(rawSql)) {
      bindRaw(statement);
      return BenchQueries.readAll(statement, blackhole);
    }
  }

  /**
   * The same hand-written query as a data-access method returns a page: prepared per call, every row mapped to a
   * {@link BenchQueries.RawRow} (its id parsed, its number, sort key and shown texts), the list handed back.
   */
  private int rawMapped(Blackhole blackhole) throws SQLException {
    try (PreparedStatement statement = rawConnection.prepareStatement(rawSql)) {
      bindRaw(statement);
      List<BenchQueries.RawRow> rows = BenchQueries.readRows(statement);
      blackhole.consume(rows);
      return rows.size();
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
