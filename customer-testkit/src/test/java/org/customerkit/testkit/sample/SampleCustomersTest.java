package org.customerkit.testkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

class SampleCustomersTest {

  private static Customers aSampleTenant() {
    Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("sample"));
    SampleFields.definitions().forEach(d -> customers.define(d).orThrow());
    return customers;
  }

  @Test
  void everySampleCustomerIsAcceptedByTheLibrary() {
    Customers customers = aSampleTenant();
    List<CustomerForm> forms = new SampleCustomers(7).next(1500);

    List<Customer> registered = forms.stream()
        .map(form -> customers.register(new RegisterCustomer.Command(form)))
        .map(outcome -> {
          assertTrue(outcome.isDone(), () -> outcome.refusals().toString());
          return outcome.orThrow();
        }).toList();

    long withVat = registered.stream().filter(Customer::hasVatNumber).count();
    long withIban = registered.stream().filter(c -> c.bankAccount().isPresent()).count();
    long foreign = registered.stream()
        .filter(c -> c.address().map(a -> !a.country().isBelgium()).orElse(false)).count();
    long withExtraAddress = registered.stream().filter(c -> !c.extraAddresses().isEmpty()).count();
    assertTrue(withVat > 700 && withVat < 1200, "with VAT: " + withVat);
    assertTrue(withIban > 600, "with IBAN: " + withIban);
    assertTrue(foreign > 50, "foreign: " + foreign);
    assertTrue(withExtraAddress > 50, "extra addresses: " + withExtraAddress);
    assertTrue(registered.stream().anyMatch(c -> c.fullName().contains("É")));
    assertTrue(registered.stream().map(Customer::fullName).distinct().count() < registered.size(),
        "some names repeat");
  }

  @Test
  void theSameSeedGivesTheSameCustomers() {
    assertEquals(new SampleCustomers(42).next(50), new SampleCustomers(42).next(50));
  }

  @Test
  void belgianVatNumbersCarryTheirMod97CheckDigits() {
    SampleVatNumbers numbers = new SampleVatNumbers(new java.util.Random(1));
    for (int i = 0; i < 200; i++) {
      String vat = numbers.belgian();
      long first8 = Long.parseLong(vat.substring(2, 10));
      assertEquals(97 - first8 % 97, Long.parseLong(vat.substring(10)), vat);
    }
  }

  @Test
  void slugsAreAsciiWithoutAccents() {
    assertEquals("backerei-muller-sohne", SampleCustomers.slug("Bäckerei Müller & Söhne"));
    assertEquals("emile-lefevre", SampleCustomers.slug("Émile Lefèvre"));
  }

  @Test
  void outcomesOfTheSampleFieldsAreDone() {
    Customers customers = aSampleTenant();
    assertEquals(3, customers.fields().size());
    Outcome<?> again = customers.define(SampleFields.definitions().get(0));
    assertTrue(again.isDone());
  }
}
