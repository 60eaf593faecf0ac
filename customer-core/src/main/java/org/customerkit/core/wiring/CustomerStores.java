package org.customerkit.core.wiring;

import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.ExtraFieldStore;
import org.customerkit.core.application.port.out.ReportDefinitionStore;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.ViewStore;

/**
 * One adapter's set of stores sharing one {@link Transactions}: what {@code InMemoryStores} and the JDBC
 * module's {@code JdbcCustomerStores} offer, what the contract test kit exercises, and what a module is built
 * from in one call.
 */
public interface CustomerStores {

  CustomerStore customers();

  CustomerNumbers numbers();

  ExtraFieldStore fields();

  ViewStore views();

  ReportDefinitionStore reportDefinitions();

  Transactions transactions();

  /** A module builder with every store of this set wired in; add a sales ledger, events or settings. */
  default CustomerModule.Builder moduleBuilder() {
    return CustomerModule.builder().customerStore(customers()).customerNumbers(numbers()).extraFieldStore(fields())
        .viewStore(views()).reportDefinitionStore(reportDefinitions()).transactions(transactions());
  }
}
