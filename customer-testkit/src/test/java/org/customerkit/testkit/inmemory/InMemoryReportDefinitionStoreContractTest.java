package org.customerkit.testkit.inmemory;

import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.testkit.contract.ReportDefinitionStoreContract;

class InMemoryReportDefinitionStoreContractTest extends ReportDefinitionStoreContract {

  private final InMemoryStores stores = new InMemoryStores();

  @Override
  protected ReportDefinitionStore reports() {
    return stores.reportDefinitions();
  }

  @Override
  protected Transactions transactions() {
    return stores.transactions();
  }
}
