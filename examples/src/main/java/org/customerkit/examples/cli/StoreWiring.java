package org.customerkit.examples.cli;

import javax.sql.DataSource;
import org.customerkit.persistence.jdbc.JdbcCustomerStores;

/**
 * The one place that decides where the runner keeps customers, numbers, extra fields and views: the JDBC
 * stores on the {@code --db} database, their schema installed (or brought up to date) on first use.
 */
final class StoreWiring {

  private StoreWiring() {}

  /** The stores of the database behind {@code dataSource}, schema installed. */
  static JdbcCustomerStores open(DataSource dataSource) {
    JdbcCustomerStores stores = JdbcCustomerStores.create(dataSource);
    stores.install();
    return stores;
  }
}
