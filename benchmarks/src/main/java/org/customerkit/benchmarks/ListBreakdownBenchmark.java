package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.persistence.jdbc.internal.CustomerRows;
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
 * Where a library page spends its time beyond the raw query: the first page of all customers by company name,
 * read by hand and mapped to customers with the store's own row mapping ({@link CustomerRows#read}), without the
 * child-row statements. Compare with {@code ListBenchmark.raw} and {@code ListBenchmark.library} of the same page:
 * raw to this is the mapping, this to library is the child rows and the statement preparation.
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

  private Connection connection;
  private PreparedStatement statement;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    BenchDatabase db = BenchDatabase.of(database);
    LoadData.ensureLoaded(db);
    connection = db.connect();
    statement = connection.prepareStatement("SELECT " + BenchQueries.COLUMNS + " FROM " + BenchQueries.TABLE
        + " WHERE tenant_id = ?" + BenchQueries.viewCondition("all")
        + " ORDER BY tenant_id, company_name_sort, id LIMIT ?");
    statement.setString(1, LoadData.BIG_TENANT);
    statement.setString(2, "active");
    statement.setInt(3, BenchQueries.LIMIT);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    statement.close();
    connection.close();
  }

  @Benchmark
  public List<Customer> rawIntoDomain() throws SQLException {
    List<Customer> rows = new ArrayList<>(BenchQueries.LIMIT);
    try (ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        rows.add(CustomerRows.read(rs).builder().build());
      }
    }
    return rows;
  }
}
