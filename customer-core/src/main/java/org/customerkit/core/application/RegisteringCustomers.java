package org.customerkit.core.application;

import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.TenantSettings;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.CustomerNumbers;
import org.customerkit.core.application.port.out.CustomerStore;
import java.util.function.Supplier;
import java.util.function.Function;
import java.time.Clock;
import java.util.Objects;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.NumberPattern;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.domain.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registering a customer: parse the card, take a free number, insert, tell the host. */
public final class RegisteringCustomers {

  private static final Logger LOG = LoggerFactory.getLogger(RegisteringCustomers.class);
  /** How many generated numbers to skip at most when people typed numbers ahead of the counter. */
  private static final int MAX_SKIPS = 10_000;
  /** How many generated numbers to try at most when each is taken by a registration committing meanwhile. */
  private static final int MAX_RACES = 100;

  private final InputValidation validation;
  private final Function<TenantId, TenantSettings> settings;
  private final ExtraFieldCatalog fields;
  private final CustomerStore customers;
  private final CustomerNumbers numbers;
  private final Transactions transactions;
  private final EventPublisher events;
  private final Clock clock;
  private final Supplier<CustomerId> ids;

  public RegisteringCustomers(InputValidation validation, Function<TenantId, TenantSettings> settings, ExtraFieldCatalog fields, CustomerStore customers, CustomerNumbers numbers, Transactions transactions, EventPublisher events, Clock clock, Supplier<CustomerId> ids) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.numbers = Objects.requireNonNull(numbers, "numbers");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.events = Objects.requireNonNull(events, "events");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public Outcome<Customer> register(TenantId tenant, RegisterCustomer.Command command) {
    List<Refusal> input = validation.check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    TenantSettings settings = this.settings.apply(tenant);
    Customer.Builder card = Customer.builder();
    List<Refusal> refusals = new CardReader(settings, fields.all(tenant)).read(command.form(), card);
    Optional<String> typedNumber = command.form().number().filter(n -> !n.isBlank());
    Optional<CustomerNumber> given = Optional.empty();
    if (typedNumber.isPresent()) {
      Parsed<CustomerNumber> parsed = CustomerNumber.parse(typedNumber.get());
      if (parsed instanceof Parsed.Invalid<CustomerNumber> invalid) {
        refusals = append(refusals, invalid.refusal());
      } else {
        given = parsed.toOptional();
      }
    }
    if (!refusals.isEmpty()) {
      return Outcome.refused(refusals);
    }
    Optional<CustomerNumber> number = given;
    Outcome<Customer> outcome;
    try {
      outcome = transactions.inTransaction(() -> insert(tenant, settings, card, number));
    } catch (DuplicateCustomerNumberException e) {
      outcome = Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, e.number().value()));
    }
    outcome.result().ifPresent(customer -> {
      LOG.debug("registered customer {} in tenant {}", customer.number(), tenant);
      events.publish(new CustomerEvent.Registered(customer));
    });
    return outcome;
  }

  private Outcome<Customer> insert(TenantId tenant, TenantSettings settings, Customer.Builder card,
      Optional<CustomerNumber> given) {
    Instant now = clock.instant();
    Customer.Builder identified = card.id(ids.get()).tenant(tenant).created(now).updated(now).version(1);
    if (given.isPresent()) {
      if (customers.findByNumber(tenant, given.get()).isPresent()) {
        return Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, given.get().value()));
      }
      Customer customer = identified.number(given.get()).build();
      customers.insert(customer);
      return Outcome.done(customer, customer.warnings());
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (int race = 1; ; race++) {
      Customer customer = identified.number(nextFreeNumber(tenant, settings.numberPattern(), today)).build();
      try {
        customers.insert(customer);
        return Outcome.done(customer, customer.warnings());
      } catch (DuplicateCustomerNumberException e) {
        // typed by a registration that had not committed when the number was looked up: take the next one
        if (race >= MAX_RACES) {
          throw e;
        }
        LOG.debug("generated number {} was taken meanwhile in tenant {}", customer.number(), tenant);
      }
    }
  }

  private CustomerNumber nextFreeNumber(TenantId tenant, NumberPattern pattern, LocalDate today) {
    String series = pattern.series(today);
    for (int i = 0; i < MAX_SKIPS; i++) {
      CustomerNumber candidate = pattern.format(numbers.next(tenant, series, pattern.start()), today);
      if (customers.findByNumber(tenant, candidate).isEmpty()) {
        return candidate;
      }
    }
    throw new IllegalStateException("no free customer number after " + MAX_SKIPS + " tries in tenant " + tenant);
  }

  private static List<Refusal> append(List<Refusal> refusals, Refusal refusal) {
    var all = new java.util.ArrayList<>(refusals);
    all.add(refusal);
    return all;
  }
}
