package org.customerkit.examples.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.customerkit.core.application.CustomerModule;
import org.customerkit.core.inmemory.InMemoryStores;

/**
 * The one place that decides where the runner keeps customers, numbers, extra fields and views.
 *
 * <p>Until the JDBC stores are merged, the stores are the core's in-memory ones, one set per database URL
 * for the life of the JVM: a single run (the demo, a test, a script run in-process) sees its own changes, but
 * separate runs of the jar do not share customers. The host's sales and bank tables are already in the
 * database. Switching to JDBC is this method's body:
 * {@code return JdbcCustomerStores.create(dataSource).moduleBuilder();}.
 */
final class StoreWiring {

  private static final Map<String, InMemoryStores> IN_PROCESS = new ConcurrentHashMap<>();

  private StoreWiring() {}

  /** A module builder with the stores of the database at {@code url}; the caller adds the sales ledger. */
  static CustomerModule.Builder moduleBuilder(String url, DataSource dataSource) {
    return IN_PROCESS.computeIfAbsent(url, u -> new InMemoryStores()).moduleBuilder();
  }

  /** Forgets what was kept for {@code url}, as when its database files are deleted. */
  static void forget(String url) {
    IN_PROCESS.remove(url);
  }
}
