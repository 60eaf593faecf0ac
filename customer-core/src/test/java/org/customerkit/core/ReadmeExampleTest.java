package org.customerkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.wiring.CustomerModule;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.fiscal.VatNumber;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.domain.shared.Parsed;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.Cell;
import org.junit.jupiter.api.Test;

/** The code of the README, compiled and run in every build so the front door never lies. */
class ReadmeExampleTest {

  @Test
  void registeringACustomerAndCheckingAVatNumber() {
    // README: register
    CustomerModule module = new InMemoryStores().moduleBuilder().build();
    Customers customers = module.forTenant(TenantId.of("acme"));

    Outcome<Customer> outcome = customers.register(new RegisterCustomer.Command(CustomerForm.builder()
        .companyName("Bakkerij Peeters").legalForm("BV")
        .street("Korenmarkt").houseNumber("16").postalCode("9000").city("Gent")
        .vatNumber("BE 0403.019.261").iban("BE48 3200 7018 4927")
        .build()));

    if (outcome instanceof Outcome.Refused<Customer> refused) {
      System.out.println(refused.message(Locale.forLanguageTag("nl-BE")));
    } else {
      Customer customer = outcome.orThrow();
      System.out.println(customer.number() + " " + customer.fullName());   // 10000 Bakkerij Peeters BV
    }

    // README: check a VAT number
    Parsed<VatNumber> vat = VatNumber.parse("be 0403.019.262");
    vat.refusalIfAny().ifPresent(r -> System.out.println(r.message(Locale.FRENCH)));
    // Numéro de TVA n'est pas valide : les chiffres de contrôle ne correspondent pas.
    // README: end

    // README: list
    CustomerList page = customers.list(ListRequest.builder()
        .view("with-vat")                       // all, without-vat, with-vat, or a saved view's name
        .addSort("city").addSort("company-name:desc")
        .search("bakkerij")                     // general search; .addWhere("city=Gent") for extended search
        .pageSize(50)
        .build()).orThrow();
    for (List<Cell> row : page.rows()) {
      System.out.println(row.stream().map(c -> c.text(Messages.of(Locale.ENGLISH))).toList());
    }
    Optional<String> next = page.page().next();   // pass as .after(next.get()) for the next page
    // README: end

    assertEquals(1, page.page().items().size());
    assertEquals(Optional.empty(), next);
    assertEquals("10000", outcome.orThrow().number().value());
    assertEquals("Num\u00e9ro de TVA n'est pas valide : les chiffres de contr\u00f4le ne correspondent pas.",
        vat.refusalIfAny().orElseThrow().message(Locale.FRENCH));
  }
}
