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
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
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
import org.postgresql.PGStatement;

/**
 * General search in the tenant with a million customers, first page sorted by company name: a city ("gent":
 * Gent and Gentbrugge, about 8% of the customers), part of a name ("janss": Janssens, under 2%), and a term with a
 * single hit (a customer number, the hard case without an index). {@link #library} goes through
 * {@link CustomerStore#listRows} (the default columns) with the filter the list use case makes of the search box
 * (the search, active customers only); {@link #raw} is the same query by hand, with a plan per call on PostgreSQL
 * as a search needs.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class SearchBenchmark {

  @Param({"h2", "postgres"})
  public String database;

  @Param({"gent", "janss", "c0777777"})
  public String term;

  private final TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
  private Connection libraryConnection;
  private Connection rawConnection;
  private CustomerStore store;
  private CustomerQuery query;
  private PreparedStatement rawStatement;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    BenchDatabase db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    libraryConnection = db.connect();
    rawConnection = db.connect();
    store = BenchDatabase.stores(libraryConnection, db.dialect()).customers();
    View view = View.builder().name("search").filter(new Filter.Search(term))
        .columns(BuiltInView.DEFAULT_COLUMNS).sort(Sort.by(StandardColumn.COMPANY_NAME)).build();
    Condition condition = view.effectiveFilter().toCondition();
    query = new CustomerQuery(condition, view.sort(), BenchQueries.LIMIT, Optional.empty());

    rawStatement = rawConnection.prepareStatement("SELECT " + BenchQueries.rowColumns("all", "company_name_sort")
        + " FROM " + BenchQueries.TABLE + " WHERE tenant_id = ? AND search_words LIKE ? AND status_sort = ?"
        + BenchQueries.filled("company_name_sort") + BenchQueries.orderBy("all", "company_name_sort") + " LIMIT ?");
    if (db == BenchDatabase.POSTGRES) {
      rawStatement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
    rawStatement.setString(1, tenant.value());
    rawStatement.setString(2, "%" + term + "%");
    rawStatement.setString(3, "active");
    rawStatement.setInt(4, BenchQueries.LIMIT);

    int viaLibrary = library().size();
    int viaRaw = BenchQueries.countRows(rawStatement);
    if (viaLibrary != viaRaw || viaRaw == 0) {
      throw new IllegalStateException("library and raw search disagree: " + viaLibrary + " vs " + viaRaw);
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
    return store.listRows(tenant, query, BuiltInView.DEFAULT_COLUMNS);
  }

  @Benchmark
  public int raw(Blackhole blackhole) throws SQLException {
    return BenchQueries.readAll(rawStatement, blackhole);
  }
}
