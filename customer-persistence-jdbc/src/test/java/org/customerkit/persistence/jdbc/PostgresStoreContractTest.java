package org.customerkit.persistence.jdbc;

import org.customerkit.testkit.contract.StoreContract;
import org.customerkit.core.wiring.CustomerStores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The core's store contract on Postgres. */
class PostgresStoreContractTest extends StoreContract {

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
