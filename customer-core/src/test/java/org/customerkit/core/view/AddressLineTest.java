package org.customerkit.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Language;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.inmemory.InMemoryStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The box word of an address line follows the customer's language as Belgian postal practice writes it, in the
 * list cell ({@link ColumnKeys#cell}, which reports show too), while the sort key stays the same in every language.
 */
class AddressLineTest {

  @ParameterizedTest
  @CsvSource({"nl, Zennestraat 32 bus 20", "fr, Zennestraat 32 bte 20", "de, Zennestraat 32 Postfach 20",
      "en, Zennestraat 32 box 20"})
  void theBoxWordFollowsTheCustomersLanguage(String language, String line) {
    Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));
    Customer customer = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Brasserie Cantillon").street("Zennestraat").houseNumber("32").box("20").city("Brussel")
        .postalCode("1000").country("BE").language(language).build())).orThrow();
    assertEquals(Language.fromCode(language).orElseThrow(), customer.language());
    Messages english = Messages.of(Locale.ENGLISH);
    assertEquals(line, ColumnKeys.cell(customer, StandardColumn.ADDRESS).text(english));
    ListedCustomer row = customers.list(ListQuery.of(BuiltInView.ALL)
        .withColumns(List.of(StandardColumn.ADDRESS))).orThrow().page().items().get(0);
    assertEquals(line, row.cells().get(0).text(english));
    assertEquals("zennestraat 32 20", ColumnKeys.sortKey(customer, StandardColumn.ADDRESS));
  }
}
