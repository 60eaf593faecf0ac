package org.customerkit.testkit.contract;

import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;
import org.customerkit.core.wiring.CustomerStores;
import org.junit.jupiter.api.Nested;

/**
 * Every store contract at once, for an adapter that offers the whole {@link CustomerStores} set: a test class
 * extends this and gives {@link #stores()}; each port's contract runs as a nested class. A host that adapts a
 * single port extends that port's contract ({@link CustomerStoreContract}, {@link CustomerNumbersContract}, ...)
 * instead.
 */
public abstract class StoreContracts {

  /** The adapter's stores; may be the same instance for every test. */
  protected abstract CustomerStores stores();

  @Nested
  class CustomerStoreKeepsItsContract extends CustomerStoreContract {
    @Override
    protected CustomerStore customers() {
      return stores().customers();
    }

    @Override
    protected Transactions transactions() {
      return stores().transactions();
    }
  }

  @Nested
  class CustomerNumbersKeepTheirContract extends CustomerNumbersContract {
    @Override
    protected CustomerNumbers numbers() {
      return stores().numbers();
    }

    @Override
    protected Transactions transactions() {
      return stores().transactions();
    }
  }

  @Nested
  class ExtraFieldStoreKeepsItsContract extends ExtraFieldStoreContract {
    @Override
    protected ExtraFieldStore fields() {
      return stores().fields();
    }

    @Override
    protected Transactions transactions() {
      return stores().transactions();
    }
  }

  @Nested
  class ViewStoreKeepsItsContract extends ViewStoreContract {
    @Override
    protected ViewStore views() {
      return stores().views();
    }

    @Override
    protected Transactions transactions() {
      return stores().transactions();
    }
  }

  @Nested
  class ReportDefinitionStoreKeepsItsContract extends ReportDefinitionStoreContract {
    @Override
    protected ReportDefinitionStore reports() {
      return stores().reportDefinitions();
    }

    @Override
    protected Transactions transactions() {
      return stores().transactions();
    }
  }

  @Nested
  class TransactionsKeepTheirContract extends TransactionsContract {
    @Override
    protected CustomerStores stores() {
      return StoreContracts.this.stores();
    }
  }
}
