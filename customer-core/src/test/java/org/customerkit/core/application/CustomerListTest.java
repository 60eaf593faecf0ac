package org.customerkit.core.application;

import org.customerkit.core.wiring.CustomerModule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.ManageViews;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.shared.Messages;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Cell;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.view.View;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer list through the use case: views, sorting, searching, pages, saved views. */
class CustomerListTest {

  private final InMemoryStores stores = new InMemoryStores();
  private final Customers customers = stores.moduleBuilder().build().forTenant(TenantId.of("list"));

  @BeforeEach
  void registerSomeCustomers() {
    customers.define(new ManageExtraFields.Definition("region", "Regio", ExtraFieldType.CHOICE, false,
        List.of("Oost", "West"))).orThrow();
    register(CustomerForm.builder().companyName("Bakkerij Peeters").city("Gent").postalCode("9000")
        .vatNumber("BE0403019261").putFields("region", "Oost"));
    register(CustomerForm.builder().companyName("\u00c9picerie Dubois").city("Li\u00e8ge").postalCode("4000")
        .vatNumber("BE0417497106"));
    register(CustomerForm.builder().firstName("Emile").lastName("de Smet").city("gent").postalCode("9000"));
    register(CustomerForm.builder().firstName("\u00c9mile").lastName("De Smet").city("Brugge").postalCode("8000")
        .putFields("region", "West"));
    register(CustomerForm.builder().companyName("Bakkerij Maes").city("Antwerpen").postalCode("2000")
        .phone("03 223 45 67"));
  }

  private void register(CustomerForm.Builder form) {
    customers.register(new RegisterCustomer.Command(form.build())).orThrow();
  }

  private List<String> names(ListRequest.Builder request) {
    return cards(customers.list(request.build()).orThrow()).stream().map(Customer::fullName).toList();
  }

  /** The customers of a page's rows, through their cards. */
  private List<Customer> cards(CustomerList list) {
    return list.page().items().stream().map(row -> customers.card(row.id()).orElseThrow()).toList();
  }

  @Test
  void theThreeBuiltInViewsSplitOnTheVatNumber() {
    assertEquals(5, names(ListRequest.builder().view("all")).size());
    assertEquals(List.of("Bakkerij Peeters", "\u00c9picerie Dubois"), names(ListRequest.builder().view("with-vat")));
    assertEquals(3, names(ListRequest.builder().view("without-vat")).size());
    assertEquals("Met btw-nummer", BuiltInView.WITH_VAT.title(Messages.of(Locale.forLanguageTag("nl"))));
    assertEquals("Sans num\u00e9ro de TVA", BuiltInView.WITHOUT_VAT.title(Messages.of(Locale.FRENCH)));
  }

  @Test
  void textSortsIgnoreCaseAndAccentsAndEndOnTheIdSoEqualNamesStayTogether() {
    List<String> byName = names(ListRequest.builder().addSort("full-name"));
    assertEquals(List.of("Bakkerij Maes", "Bakkerij Peeters"), byName.subList(0, 2));
    assertEquals(List.of("\u00c9picerie Dubois"), byName.subList(4, 5));
    assertTrue(byName.subList(2, 4).containsAll(List.of("Emile de Smet", "\u00c9mile De Smet")));
    assertEquals(List.of("Antwerpen", "Brugge", "Gent", "gent", "Li\u00e8ge"), cards(customers.list(ListRequest
        .builder().addSort("city").addSort("number").build()).orThrow()).stream()
        .map(c -> c.address().orElseThrow().city().orElseThrow()).toList());
  }

  @Test
  void clickingAColumnTitleTwiceFlipsItsDirection() {
    List<String> ascending = names(ListRequest.builder().toggle("company-name").addSort("number"));
    List<String> descending = names(ListRequest.builder().addSort("company-name:desc").addSort("number"));
    assertEquals(List.of("Bakkerij Maes", "Bakkerij Peeters", "\u00c9picerie Dubois"), ascending.subList(0, 3));
    assertEquals(List.of("\u00c9picerie Dubois", "Bakkerij Peeters", "Bakkerij Maes"), descending.subList(0, 3));
    View flipped = customers.list(ListRequest.builder().addSort("company-name").toggle("company-name").build())
        .orThrow().view();
    assertEquals("company-name:desc", flipped.sort().text());
  }

  @Test
  void generalSearchMatchesWordsAndDigitsIgnoringAccents() {
    assertEquals(List.of("Emile de Smet", "\u00c9mile De Smet"),
        names(ListRequest.builder().search("emile smet").addSort("city:desc")));
    assertEquals(List.of("\u00c9picerie Dubois"), names(ListRequest.builder().search("0417 49")));
    assertEquals(List.of("Bakkerij Maes"), names(ListRequest.builder().search("223 45")));
  }

  @Test
  void extendedSearchAndsItsLinesAndOrsWithinALine() {
    assertEquals(List.of("Bakkerij Peeters", "Emile de Smet"),
        names(ListRequest.builder().addWhere("city=GENT").addSort("number")));
    assertEquals(List.of("Bakkerij Peeters"),
        names(ListRequest.builder().addWhere("city=Gent").addWhere("name~bakkerij")));
    assertEquals(List.of("Bakkerij Peeters", "\u00c9mile De Smet"),
        names(ListRequest.builder().addWhere("field:region=Oost OR field:region=West").addSort("number")));
    assertEquals(List.of("Antwerpen"), cards(customers.list(ListRequest.builder().addWhere("postal-code^=2")
        .build()).orThrow()).stream().map(c -> c.address().orElseThrow().city().orElseThrow()).toList());
  }

  @Test
  void pagesFollowEachOtherThroughTheCursorAndTheTotalIsCountedOnRequest() {
    List<String> seen = new ArrayList<>();
    Optional<String> after = Optional.empty();
    int pages = 0;
    do {
      CustomerList page = customers.list(ListRequest.builder().addSort("city").pageSize(2).after(after)
          .withTotal(pages == 0).build()).orThrow();
      if (pages == 0) {
        assertEquals(Optional.of(5L), page.total());
      }
      page.page().items().forEach(c -> seen.add(c.number().value()));
      after = page.page().next();
      pages++;
    } while (after.isPresent());
    assertEquals(3, pages);
    assertEquals(5, seen.stream().distinct().count());
  }

  @Test
  void badRequestsAreRefusedNamingWhatWasWrong() {
    Outcome<CustomerList> refused = customers.list(ListRequest.builder().view("nope").build());
    assertTrue(((Outcome.Refused<CustomerList>) refused).has(Reason.NOT_FOUND_AMONG));
    assertEquals(List.of("columns", "sort", "where"), customers.list(ListRequest.builder().addSort("shoe-size")
        .addColumns("colour").addWhere("city").build()).refusals().stream().map(r -> r.field()).toList());
    assertEquals(List.of("cursor"), customers.list(ListRequest.builder().after("bm90IGEgY3Vyc29y.AAAA").build())
        .refusals().stream().map(r -> r.field()).toList());
    assertEquals(List.of("pageSize"), customers.list(ListRequest.builder().pageSize(0).build()).refusals().stream()
        .map(r -> r.field()).toList());
  }

  @Test
  void aSavedViewKeepsItsFilterColumnsSortAndPageSizeForItsOwner() {
    View saved = customers.saveView(new ManageViews.SaveView("Oost", ListRequest.builder().user("els")
        .addWhere("field:region=Oost").addColumns("number,full-name,field:region").addSort("full-name:desc")
        .pageSize(20).build(), true)).orThrow();
    assertEquals(Optional.of("els"), saved.owner());
    CustomerList list = customers.list(ListRequest.builder().view("Oost").user("els").build()).orThrow();
    assertEquals(List.of("Bakkerij Peeters"), cards(list).stream().map(Customer::fullName).toList());
    assertEquals(List.of(List.of(Cell.text("10000"), Cell.text("Bakkerij Peeters"), Cell.text("Oost"))), list.rows());
    assertEquals(20, list.view().pageSize());
    assertTrue(((Outcome.Refused<CustomerList>) customers.list(ListRequest.builder().view("Oost").user("jan")
        .build())).has(Reason.NOT_FOUND_AMONG));
    assertEquals(4, customers.views(Optional.of("els")).size());
    assertEquals(3, customers.views(Optional.of("jan")).size());
    assertTrue(((Outcome.Refused<View>) customers.saveView(new ManageViews.SaveView("all", ListRequest.builder()
        .build(), false))).has(Reason.KEY_TAKEN));
    assertEquals("Oost", customers.deleteView("Oost", Optional.of("els")).orThrow());
    assertEquals(3, customers.views(Optional.of("els")).size());
  }

  @Test
  void columnsComeInTheRequestedOrderWithHeadingsInTheUsersLanguage() {
    CustomerList list = customers.list(ListRequest.builder().addColumns("city", "number").addSort("number")
        .pageSize(1).build()).orThrow();
    assertEquals(List.of(StandardColumn.CITY, StandardColumn.NUMBER), list.view().columns());
    assertEquals("Plaats", StandardColumn.CITY.heading(Messages.of(Locale.forLanguageTag("nl"))));
    assertEquals("Kundennummer", StandardColumn.NUMBER.heading(Messages.of(Locale.GERMAN)));
    assertEquals(List.of(List.of(Cell.text("Gent"), Cell.text("10000"))), list.rows());
  }

  private String firstCursor(Customers of, ListRequest.Builder request) {
    return of.list(request.pageSize(1).build()).orThrow().page().next().orElseThrow();
  }

  private List<String> cursorRefusals(Customers of, ListRequest.Builder request) {
    return of.list(request.build()).refusals().stream().map(r -> r.field()).toList();
  }

  @Test
  void aCursorOfAnotherTenantIsRefusedRatherThanGivingAWrongPage() {
    Customers other = stores.moduleBuilder().build().forTenant(TenantId.of("other"));
    CustomerModule module = stores.moduleBuilder().cursorSecret(new byte[32]).build();
    Customers a = module.forTenant(TenantId.of("list"));
    Customers b = module.forTenant(TenantId.of("other"));
    other.register(new RegisterCustomer.Command(CustomerForm.builder().companyName("Bravo").city("Aalst").build()))
        .orThrow();
    other.register(new RegisterCustomer.Command(CustomerForm.builder().companyName("Bravo 2").city("Zele").build()))
        .orThrow();

    String ofB = firstCursor(b, ListRequest.builder().addSort("city"));

    assertEquals(List.of("cursor"), cursorRefusals(a, ListRequest.builder().addSort("city").after(ofB)));
    assertEquals(1, b.list(ListRequest.builder().addSort("city").after(ofB).build()).orThrow().page().items().size());
  }

  @Test
  void aCursorOfAnotherViewIsRefused() {
    String ofWithVat = firstCursor(customers, ListRequest.builder().view("with-vat").addSort("city"));

    assertEquals(List.of("cursor"), cursorRefusals(customers, ListRequest.builder().view("all").addSort("city")
        .after(ofWithVat)));
    assertEquals(List.of(), cursorRefusals(customers, ListRequest.builder().view("with-vat").addSort("city")
        .after(ofWithVat)));
  }

  @Test
  void aCursorDoesNotShowTheRowItStartsAfter() {
    CustomerList first = customers.list(ListRequest.builder().addSort("full-name").addSort("city").pageSize(1)
        .build()).orThrow();
    String cursor = first.page().next().orElseThrow();
    String id = first.page().items().get(0).id().value().toString();

    for (String part : cursor.split("\\.")) {
      String decoded;
      try {
        decoded = new String(java.util.Base64.getUrlDecoder().decode(part), java.nio.charset.StandardCharsets.ISO_8859_1);
      } catch (IllegalArgumentException e) {
        continue;
      }
      assertTrue(!decoded.contains("bakkerij") && !decoded.contains("antwerpen") && !decoded.contains(id)
          && !decoded.contains("full-name"), decoded);
    }
  }

  @Test
  void modulesWithoutASecretHaveKeysOfTheirOwnAndModulesSharingOneReadEachOthersCursors() {
    byte[] secret = "a host's secret of 32 bytes.....".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    TenantId tenant = TenantId.of("list");
    Customers first = stores.moduleBuilder().build().forTenant(tenant);
    Customers second = stores.moduleBuilder().build().forTenant(tenant);
    Customers shared = stores.moduleBuilder().cursorSecret(secret).build().forTenant(tenant);
    Customers sharedToo = stores.moduleBuilder().cursorSecret(secret.clone()).build().forTenant(tenant);

    String ofFirst = firstCursor(first, ListRequest.builder());
    String ofShared = firstCursor(shared, ListRequest.builder());

    assertEquals(List.of("cursor"), cursorRefusals(second, ListRequest.builder().after(ofFirst)));
    assertEquals(List.of(), cursorRefusals(sharedToo, ListRequest.builder().after(ofShared)));
  }
}
