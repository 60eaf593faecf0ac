package org.customerkit.core.application;

import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.CustomerStore;
import java.util.function.Function;
import java.time.Clock;
import java.util.Objects;
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
public final class EditingCustomers {

  private final InputValidation validation;
  private final Function<TenantId, TenantSettings> settings;
  private final ExtraFieldCatalog fields;
  private final CustomerStore customers;
  private final Transactions transactions;
  private final EventPublisher events;
  private final Clock clock;

  public EditingCustomers(InputValidation validation, Function<TenantId, TenantSettings> settings, ExtraFieldCatalog fields, CustomerStore customers, Transactions transactions, EventPublisher events, Clock clock) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Outcome<Customer> edit(TenantId tenant, EditCustomer.Command command) {
    List<Refusal> input = validation.check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    TenantSettings settings = this.settings.apply(tenant);
    Outcome<Change> outcome;
    try {
      outcome = transactions.inTransaction(() -> replace(tenant, settings, command));
    } catch (DuplicateCustomerNumberException e) {
      outcome = Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, e.number().value()));
    }
    outcome.result().ifPresent(change -> events.publish(new CustomerEvent.Updated(change.before(), change.after())));
    return outcome.map(Change::after);
  }

  private Outcome<Change> replace(TenantId tenant, TenantSettings settings, EditCustomer.Command command) {
    Optional<Customer> stored = customers.find(tenant, command.id());
    if (stored.isEmpty()) {
      return Outcome.refused(Refusal.of("customer", Reason.NOT_FOUND, command.id()));
    }
    Customer current = stored.get();
    if (current.version() != command.expectedVersion()) {
      return stale(command.expectedVersion(), current.version());
    }
    Customer.Builder card = current.toBuilder();
    List<Refusal> refusals = new ArrayList<>(
        new CardReader(settings, fields.all(tenant)).forEdit().read(command.form(), card));
    CustomerNumber number = current.number();
    Optional<String> typed = command.form().number().filter(n -> !n.isBlank());
    if (typed.isPresent()) {
      Parsed<CustomerNumber> parsed = CustomerNumber.parse(typed.get());
      if (parsed instanceof Parsed.Invalid<CustomerNumber> invalid) {
        refusals.add(invalid.refusal());
      } else if (!parsed.orThrow().equals(number)) {
        number = parsed.orThrow();
        if (customers.findByNumber(tenant, number).isPresent()) {
          refusals.add(Refusal.of("number", Reason.NUMBER_TAKEN, number.value()));
        }
      }
    }
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    Instant now = clock.instant();
    Customer updated = card.number(number).version(current.version() + 1)
        .updated(now.isBefore(current.created()) ? current.created() : now).build();
    if (!customers.update(updated, current.version())) {
      Optional<Long> actual = customers.committedVersion(tenant, command.id());
      if (actual.isEmpty()) {
        return Outcome.refused(Refusal.of("customer", Reason.DELETED_MEANWHILE));
      }
      return stale(command.expectedVersion(), actual.get());
    }
    return Outcome.done(new Change(current, updated), updated.warnings());
  }

  /** The card before and after an edit, for the event. */
  private record Change(Customer before, Customer after) {}

  private static <T> Outcome<T> stale(long expected, long actual) {
    return Outcome.refused(Refusal.of("customer", Reason.STALE_VERSION, expected, actual));
  }
}
