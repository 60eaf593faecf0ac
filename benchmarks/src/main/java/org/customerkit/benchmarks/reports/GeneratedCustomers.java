package org.customerkit.benchmarks.reports;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.domain.contact.Address;
import org.customerkit.core.domain.contact.CountryCode;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerId;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.Party;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.customer.VatRegime;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Sort;

/** Customers made on the fly: the i-th is always the same, and a stream of n holds none of them. */
final class GeneratedCustomers {

  static final TenantId TENANT = TenantId.of("acme");
  private static final Instant CREATED = Instant.parse("2026-01-01T08:00:00Z");
  private static final String[] CITIES = {"Gent", "Li\u00e8ge", "Antwerpen", "Bruxelles", "Namur", "Brugge"};
  private static final String[] POSTAL = {"9000", "4000", "2000", "1000", "5000", "8000"};

  private GeneratedCustomers() {}

  static Customer customer(TenantId tenant, int i) {
    int city = i % CITIES.length;
    return Customer.builder().id(CustomerId.random()).tenant(tenant)
        .number(CustomerNumber.of(Integer.toString(100000 + i)))
        .party(new Party.Company("Groothandel Vandenbroucke-D\u00e9sir\u00e9 " + i, Optional.of("BV")))
        .address(Address.builder().street("Steenweg op Brussel").houseNumber(Integer.toString(i % 300 + 1))
            .postalCode(POSTAL[city]).city(CITIES[city]).country(CountryCode.BELGIUM).build())
        .vatRegime(VatRegime.PRIVATE_PERSON).language(Language.NL).created(CREATED).updated(CREATED).build();
  }

  /** The use cases of one tenant over a store whose stream makes {@code rows} customers as they are read. */
  static Customers customers(int rows) {
    InMemoryStores stores = new InMemoryStores();
    return stores.moduleBuilder().customerStore(new Store(stores.customers(), rows)).build().forTenant(TENANT);
  }

  /** The in-memory store, which stays empty, but for {@code stream} and {@code count}. */
  static final class Store extends DelegatingStore {
    private final int rows;

    Store(CustomerStore delegate, int rows) {
      super(delegate);
      this.rows = rows;
    }

    @Override
    public Stream<Customer> stream(TenantId tenant, Condition condition, Sort sort) {
      return IntStream.range(0, rows).mapToObj(i -> customer(tenant, i));
    }

    @Override
    public long count(TenantId tenant, Condition condition) {
      return rows;
    }
  }
}
