package org.customerkit.core.application;

import org.customerkit.core.wiring.CustomerModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.EditCustomer;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.inmemory.InMemoryStores;

/** The lifecycle rules, for any card a user could type. */
class CustomerLifecycleProperties {

  private static final CustomerModule MODULE = new InMemoryStores().moduleBuilder().build();
  private static final java.util.concurrent.atomic.AtomicLong TENANTS = new java.util.concurrent.atomic.AtomicLong();

  /** A tenant of its own for each try: the module (and its validator) is made once. */
  private static Customers freshCustomers() {
    return MODULE.forTenant(TenantId.of("props-" + TENANTS.incrementAndGet()));
  }

  @Property(tries = 200)
  void registerThenShowReturnsWhatWasRegistered(@ForAll("forms") CustomerForm form) {
    Customers customers = freshCustomers();
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(form));
    Customer registered = outcome.orThrow();
    assertEquals(Optional.of(registered), customers.card(registered.id()));
    assertEquals(Optional.of(registered), customers.cardByNumber(registered.number()));
    assertEquals(form.companyName().map(n -> n.strip().replaceAll("\\s+", " ")), registered.companyName());
    assertEquals(form.vatNumber().isPresent(), registered.hasVatNumber());
  }

  @Property(tries = 100)
  void ofTwoEditsFromTheSameVersionTheSecondIsRefused(@ForAll("forms") CustomerForm form,
      @ForAll("forms") CustomerForm first, @ForAll("forms") CustomerForm second) {
    Customers customers = freshCustomers();
    Customer registered = customers.register(new RegisterCustomer.Command(form)).orThrow();
    Customer edited = customers.edit(new EditCustomer.Command(registered.id(), registered.version(), first))
        .orThrow();
    Outcome<Customer> late = customers.edit(new EditCustomer.Command(registered.id(), registered.version(), second));
    assertTrue(late instanceof Outcome.Refused<Customer> r && r.has(Reason.STALE_VERSION));
    assertEquals(Optional.of(edited), customers.card(registered.id()));
  }

  @Property(tries = 200)
  void randomTextIsRefusedOrAcceptedButNeverThrows(@ForAll String text) {
    Customers customers = freshCustomers();
    CustomerForm form = CustomerForm.builder().companyName(text).vatNumber(text).iban(text).email(text).phone(text)
        .postalCode(text).city(text).discount(text).paymentTermDays(text).language(text).build();
    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(form));
    assertTrue(outcome.isDone() || !outcome.refusals().isEmpty());
  }

  @Provide
  Arbitrary<CustomerForm> forms() {
    Arbitrary<String> names = Arbitraries.strings().withChars("abcdeéëfghijklmnopqrstuvwxyzçß '-")
        .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
    Arbitrary<String> belgianVat = Arbitraries.integers().between(2_000_000, 19_999_999)
        .map(body -> String.format("BE%08d%02d", body, 97 - body % 97));
    return Builders.withBuilder(CustomerForm::builder)
        .use(names).in((b, n) -> b.companyName(n))
        .use(names.optional()).in((b, n) -> b.city(n))
        .use(Arbitraries.of("9000", "1000", "8500", "3000", "2000").optional()).in((b, p) -> b.postalCode(p))
        .use(belgianVat.optional(0.6)).in((b, v) -> b.vatNumber(v))
        .use(Arbitraries.of("nl", "fr", "de", "en").optional()).in((b, l) -> b.language(l))
        .use(Arbitraries.of("09 223 45 67", "+32 2 226 88 88", "0475 12 34 56").optional()).in((b, p) -> b.phone(p))
        .use(Arbitraries.of("info@example.be", "Jan.Peeters@Example.COM").optional()).in((b, e) -> b.email(e))
        .build(CustomerForm.Builder::build);
  }
}
