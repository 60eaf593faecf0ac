package org.customerkit.testkit.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.api.Test;

/** A sample customer made straight is the customer its form registers as: one generator, two renderings. */
class SampleCardsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void aSampleCustomerIsWhatRegisteringItsFormMakes() {
    TenantId tenant = TenantId.of("samples");
    Customers customers = new InMemoryStores().moduleBuilder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build()
        .forTenant(tenant);
    SampleFields.definitions().forEach(d -> customers.define(d).orThrow());
    SampleCustomers samples = new SampleCustomers(11);
    for (int i = 0; i < 400; i++) {
      Customer registered = customers.register(new RegisterCustomer.Command(samples.form(i))).orThrow();
      Customer made = samples.customer(tenant, i, registered.number(), NOW);
      Customer active = made.isArchived() ? made.reactivated(NOW).toBuilder().version(1).build() : made;
      assertEquals(registered.toBuilder().id(active.id()).build(), active, "sample " + i);
    }
  }

  @Test
  void customerIIsTheSameWhateverCameBefore() {
    SampleCustomers samples = new SampleCustomers(5);
    samples.next(17);
    assertEquals(new SampleCustomers(5).form(17), samples.next());
    assertEquals(new SampleCustomers(5).form(3), new SampleCustomers(5).form(3));
    assertNotEquals(new SampleCustomers(5).form(3), new SampleCustomers(6).form(3));
  }

  @Test
  void aboutOneInFiftyIsArchived() {
    SampleCustomers samples = new SampleCustomers(3);
    long archived = java.util.stream.LongStream.range(0, 5_000)
        .filter(i -> samples.customer(TenantId.of("t"), i, org.customerkit.core.domain.customer.CustomerNumber.of(
            Long.toString(10_000 + i)), NOW).isArchived()).count();
    assertEquals(100, archived, 40);
  }
}
