package org.customerkit.testkit.inmemory;

import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.testkit.contract.StoreContracts;

/** The in-memory reference adapters keep every store contract: the contracts are what the reference does. */
class InMemoryStoreContractTest extends StoreContracts {

  private final CustomerStores stores = new InMemoryStores();

  @Override
  protected CustomerStores stores() {
    return stores;
  }
}
