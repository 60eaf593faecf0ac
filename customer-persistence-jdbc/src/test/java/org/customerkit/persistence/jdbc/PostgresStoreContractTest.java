package org.customerkit.persistence.jdbc;

import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.testkit.contract.StoreContracts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Every store contract of the test kit on Postgres. */
class PostgresStoreContractTest extends StoreContracts {

  private static TestDatabase.Schema schema;

  @BeforeAll
  static void createSchema() {
    schema = ContractStores.open(TestDatabase.POSTGRESQL);
  }

  @AfterAll
  static void dropSchema() {
    ContractStores.close(schema);
  }

  @Override
  protected CustomerStores stores() {
    return schema.stores();
  }
}
