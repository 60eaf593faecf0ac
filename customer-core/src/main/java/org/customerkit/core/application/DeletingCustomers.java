package org.customerkit.core.application;

import java.util.Optional;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.CustomerStillReferencedException;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * Deleting a customer, which the host's sales documents forbid: a customer with any is refused with their
 * number, and archiving is offered instead. The JDBC schema lets a host's sales table reference the customer
 * with a foreign key, so the database refuses what this check could race past; that refusal ends the same way.
 */
final class DeletingCustomers {

  private final Ports ports;

  DeletingCustomers(Ports ports) {
    this.ports = ports;
  }

  Outcome<CustomerId> delete(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome;
    try {
      outcome = ports.transactions().inTransaction(() -> remove(tenant, id));
    } catch (CustomerStillReferencedException e) {
      long documents = Math.max(1, ports.sales().documentCount(tenant, id));
      outcome = Outcome.refused(Refusal.of("customer", Reason.HAS_SALES_DOCUMENTS, documents));
    }
    outcome.result().ifPresent(gone ->
        ports.publish(new CustomerEvent.Deleted(tenant, id, gone.number(), ports.now())));
    return outcome.map(Customer::id);
  }

  private Outcome<Customer> remove(TenantId tenant, CustomerId id) {
    Optional<Customer> stored = ports.customers().find(tenant, id);
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
    }
    long documents = ports.sales().documentCount(tenant, id);
    if (documents > 0) {
      return Outcome.refused(Refusal.of("customer", Reason.HAS_SALES_DOCUMENTS, documents));
    }
    if (!ports.customers().delete(tenant, id)) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
    }
    return Outcome.done(stored.get());
  }
}
