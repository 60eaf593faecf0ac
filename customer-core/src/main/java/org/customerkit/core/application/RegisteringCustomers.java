package org.customerkit.core.application;

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
final class RegisteringCustomers {

  private static final Logger LOG = LoggerFactory.getLogger(RegisteringCustomers.class);
  /** How many generated numbers to skip at most when people typed numbers ahead of the counter. */
  private static final int MAX_SKIPS = 10_000;

  private final Ports ports;

  RegisteringCustomers(Ports ports) {
    this.ports = ports;
  }

  Outcome<Customer> register(TenantId tenant, RegisterCustomer.Command command) {
    List<Refusal> input = ports.validation().check(command);
    if (!input.isEmpty()) {
      return Outcome.refused(input);
    }
    TenantSettings settings = ports.settings().apply(tenant);
    Customer.Builder card = Customer.builder();
    List<Refusal> refusals = new CardReader(settings, ports.fields().all(tenant)).read(command.form(), card);
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
      outcome = ports.transactions().inTransaction(() -> insert(tenant, settings, card, number));
    } catch (DuplicateCustomerNumberException e) {
      outcome = Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, e.number().value()));
    }
    outcome.result().ifPresent(customer -> {
      LOG.debug("registered customer {} in tenant {}", customer.number(), tenant);
      ports.publish(new CustomerEvent.Registered(customer));
    });
    return outcome;
  }

  private Outcome<Customer> insert(TenantId tenant, TenantSettings settings, Customer.Builder card,
      Optional<CustomerNumber> given) {
    Instant now = ports.now();
    CustomerNumber number;
    if (given.isPresent()) {
      if (ports.customers().findByNumber(tenant, given.get()).isPresent()) {
        return Outcome.refused(Refusal.of("number", Reason.NUMBER_TAKEN, given.get().value()));
      }
      number = given.get();
    } else {
      number = nextFreeNumber(tenant, settings.numberPattern(), LocalDate.ofInstant(now, ZoneOffset.UTC));
    }
    Customer customer = card.id(ports.ids().get()).tenant(tenant).number(number).created(now).updated(now)
        .version(1).build();
    ports.customers().insert(customer);
    return Outcome.done(customer, customer.warnings());
  }

  private CustomerNumber nextFreeNumber(TenantId tenant, NumberPattern pattern, LocalDate today) {
    String series = pattern.series(today);
    for (int i = 0; i < MAX_SKIPS; i++) {
      CustomerNumber candidate = pattern.format(ports.numbers().next(tenant, series, pattern.start()), today);
      if (ports.customers().findByNumber(tenant, candidate).isEmpty()) {
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
