package org.customerkit.core.contract;

import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.inmemory.InMemoryStores;

/** The stores of one adapter, as the contract kit exercises them together. */
public interface StoreSet {

  CustomerStore customers();

  CustomerNumbers numbers();

  ExtraFieldStore fields();

  ViewStore views();

  Transactions transactions();

  static StoreSet of(InMemoryStores stores) {
    return new StoreSet() {
      @Override
      public CustomerStore customers() {
        return stores.customers();
      }

      @Override
      public CustomerNumbers numbers() {
        return stores.numbers();
      }

      @Override
      public ExtraFieldStore fields() {
        return stores.fields();
      }

      @Override
      public ViewStore views() {
        return stores.views();
      }

      @Override
      public Transactions transactions() {
        return stores.transactions();
      }
    };
  }
}
