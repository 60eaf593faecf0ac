package org.customerkit.core.application;

import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.CustomerStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/** Archiving a customer that should no longer be used, and bringing it back. */
public final class ArchivingCustomers {

  private final CustomerStore customers;
  private final Transactions transactions;
  private final EventPublisher events;
  private final Clock clock;

  public ArchivingCustomers(CustomerStore customers, Transactions transactions, EventPublisher events, Clock clock) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Outcome<Customer> archive(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome = change(tenant, id, true);
    outcome.result().ifPresent(c -> events.publish(new CustomerEvent.Archived(c)));
    return outcome;
  }

  public Outcome<Customer> reactivate(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome = change(tenant, id, false);
    outcome.result().ifPresent(c -> events.publish(new CustomerEvent.Reactivated(c)));
    return outcome;
  }

  private Outcome<Customer> change(TenantId tenant, CustomerId id, boolean archive) {
    return transactions.inTransaction(() -> {
      Optional<Customer> stored = customers.find(tenant, id);
      if (stored.isEmpty()) {
        return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
      }
      Customer current = stored.get();
      if (current.isArchived() == archive) {
        return Outcome.refused(Refusal.of("customer", archive ? Reason.ALREADY_ARCHIVED : Reason.NOT_ARCHIVED));
      }
      Customer changed = archive ? current.archived(clock.instant()) : current.reactivated(clock.instant());
      if (!customers.update(changed, current.version())) {
        return Outcome.refused(Refusal.of("customer", Reason.STALE_VERSION, current.version(), -1));
      }
      return Outcome.done(changed);
    });
  }
}
