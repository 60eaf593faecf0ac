package org.customerkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The first page of each built-in view by company name and by city, through the library and by hand, taken in
 * turns in one JVM: round after round, one library call, then the raw query on its statement prepared once, then
 * the raw query prepared for the call (as {@link ListBenchmark}'s ways), then the library's page 10,000, so that
 * whatever the machine does meanwhile weighs on all four. {@link ListBenchmark} runs the ways of one page one
 * after another, seconds apart; this puts them microseconds apart. Not a JMH benchmark: a diagnostic with its own
 * timer, run on demand.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.customerkit.benchmarks.AlternatingRuns [h2|postgres] [rounds]</pre>
 */
public final class AlternatingRuns {

  /** The keyset of page 10,000 by view and sort, sought once with {@code OFFSET}. */
  private static final Map<String, Keyset> DEEP = new HashMap<>();

  private AlternatingRuns() {}

  public static void main(String[] args) throws SQLException {
    List<String> databases = args.length > 0 ? List.of(args[0]) : List.of("h2", "postgres");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Blackhole blackhole = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (String name : databases) {
      BenchDatabase db = BenchDatabase.of(name);
      LoadData.ensureLoaded(db);
      try (Connection library = db.connect(); Connection raw = db.connect()) {
        CustomerStore store = BenchDatabase.stores(library, db.dialect()).customers();
        // a first pass, not shown, so that the first case is not also the one the JIT compiles during
        for (boolean shown : new boolean[] {false, true}) {
          for (BuiltInView view : BuiltInView.values()) {
            for (String sort : List.of("company-name", "city")) {
              run(name, store, raw, view, sort, shown ? rounds : rounds / 10, shown, blackhole);
            }
          }
        }
      }
    }
  }

  private static void run(String database, CustomerStore store, Connection raw, BuiltInView view, String sort,
      int rounds, boolean shown, Blackhole blackhole) throws SQLException {
    TenantId tenant = TenantId.of(LoadData.BIG_TENANT);
    CustomerQuery query = new CustomerQuery(view.view().effectiveFilter().toCondition(),
        Sort.by(StandardColumn.byName(sort).orElseThrow()), BenchQueries.LIMIT, Optional.empty());
    List<Column> columns = view.view().columns();
    String sortColumn = BenchQueries.sortColumn(sort);
    String name = view.viewName();
    String sql = BenchQueries.page(name, sortColumn, false);
    Keyset deep = DEEP.get(name + " " + sort);
    if (deep == null) {
      deep = BenchQueries.seek(raw, tenant.value(), name, sortColumn, BenchQueries.rowsBefore(10_000));
      DEEP.put(name + " " + sort, deep);
    }
    CustomerQuery deepQuery = new CustomerQuery(query.condition(), query.sort(), query.limit(), Optional.of(deep));
    long[] viaLibrary = new long[rounds];
    long[] viaRaw = new long[rounds];
    long[] viaRawPerCall = new long[rounds];
    long[] viaLibraryDeep = new long[rounds];
    try (PreparedStatement statement = raw.prepareStatement(sql)) {
      bind(statement, tenant);
      for (int i = 0; i < rounds; i++) {
        long start = System.nanoTime();
        blackhole.consume(store.listRows(tenant, query, columns));
        viaLibrary[i] = System.nanoTime() - start;
        start = System.nanoTime();
        blackhole.consume(BenchQueries.readAll(statement, blackhole));
        viaRaw[i] = System.nanoTime() - start;
        start = System.nanoTime();
        try (PreparedStatement perCall = raw.prepareStatement(sql)) {
          bind(perCall, tenant);
          blackhole.consume(BenchQueries.readAll(perCall, blackhole));
        }
        viaRawPerCall[i] = System.nanoTime() - start;
        start = System.nanoTime();
        blackhole.consume(store.listRows(tenant, deepQuery, columns));
        viaLibraryDeep[i] = System.nanoTime() - start;
      }
    }
    if (!shown) {
      return;
    }
    double library = median(viaLibrary, rounds / 5);
    double byHand = median(viaRaw, rounds / 5);
    double byHandPerCall = median(viaRawPerCall, rounds / 5);
    double libraryDeep = median(viaLibraryDeep, rounds / 5);
    System.out.printf("%-8s %-12s %-13s library %.3f ms | raw %.3f ms %.2fx | raw prepared per call %.3f ms %.2fx"
        + " | library page 10,000 %.3f ms %.2fx%n", database, name, sort, library, byHand, library / byHand,
        byHandPerCall, library / byHandPerCall, libraryDeep, libraryDeep / library);
  }

  private static void bind(PreparedStatement statement, TenantId tenant) throws SQLException {
    statement.setString(1, tenant.value());
    statement.setString(2, "active");
    statement.setInt(3, BenchQueries.LIMIT);
  }

  /** The median in ms of the rounds after the first {@code warmup}. */
  private static double median(long[] nanos, int warmup) {
    long[] measured = Arrays.copyOfRange(nanos, warmup, nanos.length);
    Arrays.sort(measured);
    return measured[measured.length / 2] / 1e6;
  }
}
