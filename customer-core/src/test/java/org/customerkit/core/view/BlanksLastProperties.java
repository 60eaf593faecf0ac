package org.customerkit.core.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.inmemory.InMemoryStores;

/**
 * Lists sort as spreadsheets do: a customer without a value in the sorted column comes after every customer with
 * one, ascending and descending alike, on every page.
 */
class BlanksLastProperties {

  private static final Messages EN = Messages.of(java.util.Locale.ENGLISH);

  private static Customers withCustomers(List<Optional<String>> companies, List<Optional<String>> cities) {
    Customers customers = new InMemoryStores().moduleBuilder().build().forTenant(TenantId.of("acme"));
    for (int i = 0; i < companies.size(); i++) {
      CustomerForm.Builder form = CustomerForm.builder().country("BE");
      companies.get(i).ifPresentOrElse(form::companyName, () -> form.lastName("Peeters"));
      cities.get(i % cities.size()).ifPresent(form::city);
      customers.register(new RegisterCustomer.Command(form.build())).orThrow();
    }
    return customers;
  }

  /** The column's cells of every page, read with a page size of 3 from the first page to the last. */
  private static List<String> cells(Customers customers, SortKey key) {
    List<String> shown = new ArrayList<>();
    ListQuery query = ListQuery.of(BuiltInView.ALL).withSort(Sort.by(key)).withColumns(List.of(key.column()))
        .withPageSize(3);
    while (true) {
      CustomerList list = customers.list(query).orThrow();
      list.page().items().forEach(row -> shown.add(row.cells().get(0).text(EN)));
      if (list.page().next().isEmpty()) {
        return shown;
      }
      query = query.withAfter(list.page().next().get());
    }
  }

  @Property(tries = 60)
  void emptyCellsComeLastInEitherDirection(@ForAll("values") List<Optional<String>> companies,
      @ForAll("values") List<Optional<String>> cities) {
    if (cities.isEmpty()) {
      cities = List.of(Optional.empty());
    }
    Customers customers = withCustomers(companies, cities);
    for (StandardColumn column : List.of(StandardColumn.COMPANY_NAME, StandardColumn.CITY)) {
      for (SortKey key : List.of(SortKey.asc(column), SortKey.desc(column))) {
        List<String> shown = cells(customers, key);
        assertEquals(companies.size(), shown.size(), key.text());
        int firstEmpty = shown.indexOf("");
        if (firstEmpty >= 0) {
          assertTrue(shown.subList(firstEmpty, shown.size()).stream().allMatch(String::isEmpty),
              key.text() + ": " + shown);
        }
      }
    }
  }

  @Example
  void theFirstPageByCompanyNameShowsCompaniesEitherWay() {
    Customers customers = withCustomers(List.of(Optional.empty(), Optional.of("Brouwerij Achouffe"),
        Optional.empty(), Optional.of("Atelier Zonnebloem")), List.of(Optional.of("Gent")));
    assertEquals(List.of("Atelier Zonnebloem", "Brouwerij Achouffe", "", ""),
        cells(customers, SortKey.asc(StandardColumn.COMPANY_NAME)));
    assertEquals(List.of("Brouwerij Achouffe", "Atelier Zonnebloem", "", ""),
        cells(customers, SortKey.desc(StandardColumn.COMPANY_NAME)));
  }

  @Provide
  Arbitrary<List<Optional<String>>> values() {
    return Arbitraries.of("Antwerpen", "Gent", "Zottegem", "Aalst", "Brugge").optional(0.6).list().ofMaxSize(9);
  }
}
