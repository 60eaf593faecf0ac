package org.customerkit.testkit.inmemory;

import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.testkit.contract.StoreContract;
import org.customerkit.core.wiring.CustomerStores;

class InMemoryStoreContractTest extends StoreContract {

  private final CustomerStores stores = new InMemoryStores();

  @Override
  protected CustomerStores stores() {
    return stores;
  }
}
