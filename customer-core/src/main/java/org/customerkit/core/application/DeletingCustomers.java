package org.customerkit.core.application;

import java.util.Optional;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/**
 * Deleting a customer, which the host's sales documents and payments forbid: a customer with any is refused
 * with how many of each, and archiving is offered instead. The JDBC schema lets a host's sales table reference the customer
 * with a foreign key, so the database refuses what this check could race past.
 */
final class DeletingCustomers {

  private final Ports ports;

  DeletingCustomers(Ports ports) {
    this.ports = ports;
  }

  Outcome<CustomerId> delete(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome = ports.transactions().inTransaction(() -> {
      Optional<Customer> stored = ports.customers().find(tenant, id);
      if (stored.isEmpty()) {
        return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
      }
      long documents = ports.sales().documentCount(tenant, id);
      long payments = ports.sales().paymentCount(tenant, id);
      if (documents > 0 || payments > 0) {
        // {3} joins the two counts only when both are named; {4} is their sum, for the verb
        return Outcome.refused(Refusal.of("customer", Reason.HAS_SALES_DOCUMENTS, documents, payments,
            documents > 0 && payments > 0 ? 1 : 0, documents + payments));
      }
      if (!ports.customers().delete(tenant, id)) {
        return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
      }
      return Outcome.done(stored.get());
    });
    outcome.result().ifPresent(gone ->
        ports.publish(new CustomerEvent.Deleted(tenant, id, gone.number(), ports.now())));
    return outcome.map(Customer::id);
  }
}
