package org.customerkit.core.inmemory;

import org.customerkit.core.contract.StoreContract;
import org.customerkit.core.contract.StoreSet;

class InMemoryStoreContractTest extends StoreContract {

  private final StoreSet stores = StoreSet.of(new InMemoryStores());

  @Override
  protected StoreSet stores() {
    return stores;
  }
}
