package org.customerkit.core.inmemory;

import org.customerkit.core.contract.StoreContract;
import org.customerkit.core.wiring.CustomerStores;

class InMemoryStoreContractTest extends StoreContract {

  private final CustomerStores stores = new InMemoryStores();

  @Override
  protected CustomerStores stores() {
    return stores;
  }
}
