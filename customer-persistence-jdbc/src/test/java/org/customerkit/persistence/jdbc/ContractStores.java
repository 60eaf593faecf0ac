package org.customerkit.persistence.jdbc;

import org.junit.jupiter.api.Assumptions;

/** The JDBC stores as the test kit's contracts take them. */
final class ContractStores {

  private ContractStores() {}

  static TestDatabase.Schema open(TestDatabase database) {
    database.unavailable().ifPresent(reason -> Assumptions.assumeTrue(false, reason));
    return database.freshSchema();
  }

  static void close(TestDatabase.Schema schema) {
    if (schema != null) {
      schema.close();
    }
  }
}
