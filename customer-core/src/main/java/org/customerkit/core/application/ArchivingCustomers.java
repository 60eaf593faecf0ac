package org.customerkit.core.application;

import java.util.Optional;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/** Archiving a customer that should no longer be used, and bringing it back. */
final class ArchivingCustomers {

  private final Ports ports;

  ArchivingCustomers(Ports ports) {
    this.ports = ports;
  }

  Outcome<Customer> archive(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome = change(tenant, id, true);
    outcome.result().ifPresent(c -> ports.publish(new CustomerEvent.Archived(c)));
    return outcome;
  }

  Outcome<Customer> reactivate(TenantId tenant, CustomerId id) {
    Outcome<Customer> outcome = change(tenant, id, false);
    outcome.result().ifPresent(c -> ports.publish(new CustomerEvent.Reactivated(c)));
    return outcome;
  }

  private Outcome<Customer> change(TenantId tenant, CustomerId id, boolean archive) {
    return ports.transactions().inTransaction(() -> {
      Optional<Customer> stored = ports.customers().find(tenant, id);
      if (stored.isEmpty()) {
        return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, id));
      }
      Customer current = stored.get();
      if (current.isArchived() == archive) {
        return Outcome.refused(Refusal.of("customer", archive ? Reason.ALREADY_ARCHIVED : Reason.NOT_ARCHIVED));
      }
      Customer changed = archive ? current.archived(ports.now()) : current.reactivated(ports.now());
      if (!ports.customers().update(changed, current.version())) {
        return Outcome.refused(Refusal.of("customer", Reason.STALE_VERSION, current.version(), -1));
      }
      return Outcome.done(changed);
    });
  }
}
