package org.customerkit.benchmarks;

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
import org.customerkit.core.view.Filter;
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
import org.postgresql.PGStatement;

/**
 * The first page of a general search in the tenant with a million customers, sorted by company name, asked where
 * a host asks it: {@code library} calls {@link Customers#list(ListQuery)} with the search box's text on the view of
 * all customers; {@code baseline} prepares the same search written by hand per call ({@code search_words LIKE},
 * planned per call on PostgreSQL as a search needs) and maps every row to a {@link BenchQueries.RawRow}. A city
 * ("gent": Gent and Gentbrugge) and part of a name ("janss").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class HostSearchBenchmark {

  @Param({"h2", "postgres"})
  public String database;

  @Param({"gent", "janss"})
  public String term;

  /** Who asks; named so that it sorts last among the parameters, which JMH varies fastest. */
  @Param({"library", "baseline"})
  public String way;

  private final TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
  private BenchDatabase db;
  private Connection libraryConnection;
  private Connection rawConnection;
  private Customers customers;
  private ListQuery query;
  private String rawSql;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    libraryConnection = db.connect();
    rawConnection = db.connect();
    customers = BenchDatabase.stores(libraryConnection, db.dialect()).moduleBuilder().build().forTenant(tenant);
    query = ListQuery.of(BuiltInView.ALL).withFilters(new Filter.Search(term))
        .withSort(Sort.by(StandardColumn.COMPANY_NAME));
    rawSql = "SELECT " + BenchQueries.rowColumns("all", "company_name_sort") + " FROM " + BenchQueries.TABLE
        + " WHERE tenant_id = ? AND search_words LIKE ? AND status_sort = ?"
        + BenchQueries.filled("company_name_sort") + BenchQueries.orderBy("all", "company_name_sort") + " LIMIT ?";
    int viaLibrary = library().page().items().size();
    int viaBaseline = Math.min(baseline().size(), BenchQueries.LIMIT - 1);
    if (viaLibrary != viaBaseline || viaBaseline == 0) {
      throw new IllegalStateException("library and baseline search disagree: " + viaLibrary + " vs " + viaBaseline);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    rawConnection.close();
    libraryConnection.close();
  }

  @Benchmark
  public Object page() throws SQLException {
    return way.equals("library") ? library() : baseline();
  }

  private CustomerList library() {
    return customers.list(query).orThrow();
  }

  private List<BenchQueries.RawRow> baseline() throws SQLException {
    try (PreparedStatement statement = rawConnection.prepareStatement(rawSql)) {
      if (db == BenchDatabase.POSTGRES) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      statement.setString(1, tenant.value());
      statement.setString(2, "%" + term + "%");
      statement.setString(3, "active");
      statement.setInt(4, BenchQueries.LIMIT);
      return BenchQueries.readRows(statement);
    }
  }
}
