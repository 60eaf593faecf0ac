package org.customerkit.persistence.jdbc;

import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.testkit.contract.ReportDefinitionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The core's report definition store contract on Postgres. */
class PostgresReportDefinitionStoreContractTest extends ReportDefinitionStoreContract {

  private static TestDatabase.Schema schema;

  @BeforeAll
  static void createSchema() {
    schema = ContractStores.open(TestDatabase.POSTGRESQL);
  }

  @AfterAll
  static void dropSchema() {
    ContractStores.close(schema);
  }

  /** Each test starts from an empty table, as the contract expects a fresh store. */
  @AfterEach
  void emptyTheTable() {
    ContractStores.clearReportDefinitions(schema);
  }

  @Override
  protected ReportDefinitionStore reports() {
    return schema.stores().reportDefinitions();
  }

  @Override
  protected Transactions transactions() {
    return schema.stores().transactions();
  }
}
