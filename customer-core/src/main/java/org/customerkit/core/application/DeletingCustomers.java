package org.customerkit.core.application;

import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.SalesLedger;
import org.customerkit.core.application.port.out.CustomerStore;
import java.time.Clock;
import java.util.Objects;
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
 * Deleting a customer, which the host's sales documents and payments forbid: a customer with any is refused
 * with how many of each, and archiving is offered instead. The JDBC schema lets a host's sales table reference the
 * customer with a foreign key, so the database refuses what this check could race past; that refusal ends the same
 * way.
 */
public final class DeletingCustomers {

  private final CustomerStore customers;
  private final SalesLedger sales;
  private final Transactions transactions;
  private final EventPublisher events;
  private final Clock clock;

  public DeletingCustomers(CustomerStore customers, SalesLedger sales, Transactions transactions, EventPublisher events, Clock clock) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.sales = Objects.requireNonNull(sales, "sales");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Outcome<CustomerId> delete(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome;
    try {
      outcome = transactions.inTransaction(() -> remove(tenant, id));
    } catch (CustomerStillReferencedException e) {
      long documents = sales.documentCount(tenant, id);
      long payments = sales.paymentCount(tenant, id);
      outcome = Outcome.refused(blocked(payments == 0 ? Math.max(1, documents) : documents, payments));
    }
    outcome.result().ifPresent(gone ->
        events.publish(new CustomerEvent.Deleted(tenant, id, gone.number(), clock.instant())));
    return outcome.map(Customer::id);
  }

  /** The refusal naming what blocks the delete: {3} joins the two counts only when both are named, {4} is their sum. */
  private static Refusal blocked(long documents, long payments) {
    return Refusal.of("customer", Reason.HAS_SALES_DOCUMENTS, documents, payments,
        documents > 0 && payments > 0 ? 1 : 0, documents + payments);
  }

  private Outcome<Customer> remove(TenantId tenant, CustomerId id) {
    Optional<Customer> stored = customers.find(tenant, id);
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
    }
    long documents = sales.documentCount(tenant, id);
    long payments = sales.paymentCount(tenant, id);
    if (documents > 0 || payments > 0) {
      return Outcome.refused(blocked(documents, payments));
    }
    if (!customers.delete(tenant, id)) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
    }
    return Outcome.done(stored.get());
  }
}
