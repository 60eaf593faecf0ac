package org.customerkit.core.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;

/** Editing a customer's card, guarded by the version the user started from. */
final class EditingCustomers {

  private final Ports ports;

  EditingCustomers(Ports ports) {
    this.ports = ports;
  }

  Outcome<Customer> edit(TenantId tenant, EditCustomer.Command command) {
    List<Refusal> input = ports.validation().check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    TenantSettings settings = ports.settings().apply(tenant);
    Outcome<Change> outcome;
    try {
      outcome = ports.transactions().inTransaction(() -> replace(tenant, settings, command));
    } catch (DuplicateCustomerNumberException e) {
      outcome = Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, e.number().value()));
    }
    outcome.result().ifPresent(change -> ports.publish(new CustomerEvent.Updated(change.before(), change.after())));
    return outcome.map(Change::after);
  }

  private Outcome<Change> replace(TenantId tenant, TenantSettings settings, EditCustomer.Command command) {
    Optional<Customer> stored = ports.customers().find(tenant, command.id());
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, command.id()));
    }
    Customer current = stored.get();
    if (current.version() != command.expectedVersion()) {
      return stale(command.expectedVersion(), current.version());
    }
    Customer.Builder card = current.toBuilder();
    List<Refusal> refusals = new ArrayList<>(
        new CardReader(settings, ports.fields().all(tenant)).forEdit().read(command.form(), card));
    CustomerNumber number = current.number();
    Optional<String> typed = command.form().number().filter(n -> !n.isBlank());
    if (typed.isPresent()) {
      Parsed<CustomerNumber> parsed = CustomerNumber.parse(typed.get());
      if (parsed instanceof Parsed.Invalid<CustomerNumber> invalid) {
        refusals.add(invalid.refusal());
      } else if (!parsed.orThrow().equals(number)) {
        number = parsed.orThrow();
        if (ports.customers().findByNumber(tenant, number).isPresent()) {
          refusals.add(Refusal.of("number", Reason.NUMBER_TAKEN, number.value()));
        }
      }
    }
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    Instant now = ports.now();
    Customer updated = card.number(number).version(current.version() + 1)
        .updated(now.isBefore(current.created()) ? current.created() : now).build();
    if (!ports.customers().update(updated, current.version())) {
      long actual = ports.customers().find(tenant, command.id()).map(Customer::version).orElse(-1L);
      return stale(command.expectedVersion(), actual);
    }
    return Outcome.done(new Change(current, updated), updated.warnings());
  }

  /** The card before and after an edit, for the event. */
  private record Change(Customer before, Customer after) {}

  private static <T> Outcome<T> stale(long expected, long actual) {
    return Outcome.refused(Refusal.of("customer", Reason.STALE_VERSION, expected, actual));
  }
}
