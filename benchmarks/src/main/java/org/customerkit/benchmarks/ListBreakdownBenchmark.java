package org.customerkit.benchmarks;

import java.sql.SQLException;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.BuiltInView;
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

/**
 * Why a list page is read as rows: the first page of all customers by company name, once as
 * {@link CustomerStore#listRows} in the view's columns (what the list use case reads) and once as whole customers
 * through {@link CustomerStore#list} (what a card, a stream or a report reads: every column, the child rows of
 * addresses, contacts and extra fields, every value parsed back into the domain).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class ListBreakdownBenchmark {

  @Param({"h2", "postgres"})
  public String database;

  private final TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
  private Connection connection;
  private CustomerStore store;
  private CustomerQuery query;
  private View view;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    BenchDatabase db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    connection = db.connect();
    store = BenchDatabase.stores(connection, db.dialect()).customers();
    view = View.builder().from(BuiltInView.ALL.view()).sort(Sort.by(StandardColumn.COMPANY_NAME)).build();
    query = new CustomerQuery(view.effectiveFilter().toCondition(), view.sort(), BenchQueries.LIMIT,
        Optional.empty());
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    connection.close();
  }

  @Benchmark
  public List<ListedCustomer> rows() {
    return store.listRows(tenant, query, view.columns());
  }

  @Benchmark
  public List<Customer> wholeCustomers() {
    return store.list(tenant, query);
  }
}
