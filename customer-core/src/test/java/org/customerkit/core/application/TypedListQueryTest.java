package org.customerkit.core.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.CustomerList;
import org.customerkit.core.application.port.in.ListCustomers;
import org.customerkit.core.application.port.in.ListQuery;
import org.customerkit.core.application.port.in.ListRequest;
import org.customerkit.core.application.port.in.ManageExtraFields;
import org.customerkit.core.application.port.in.Outcome;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.shared.Reason;
import org.customerkit.core.inmemory.InMemoryStores;
import org.customerkit.core.view.BuiltInView;
import org.customerkit.core.view.Direction;
import org.customerkit.core.view.ExtraFieldColumn;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.customerkit.core.wiring.CustomerModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Java host lists with typed views, filters, sort keys and columns; the text request is one parser on top. */
class TypedListQueryTest {

  private static final TenantId SHOP = TenantId.of("shop");

  private final InMemoryStores stores = new InMemoryStores();
  private final CustomerModule module = stores.moduleBuilder().build();
  private final ListCustomers list = module.list(SHOP);

  @BeforeEach
  void someCustomers() {
    module.extraFields(SHOP).define(new ManageExtraFields.Definition("region", "Regio", ExtraFieldType.TEXT, false,
        List.of())).orThrow();
    for (String[] c : new String[][] {{"Bakkerij Peeters", "Gent", "BE0403019261"}, {"Bakkerij Maes", "Antwerpen", ""},
        {"Slagerij Janssens", "Gent", "BE0417497106"}, {"Brouwerij Smet", "Brugge", ""}}) {
      CustomerForm.Builder form = CustomerForm.builder().companyName(c[0]).city(c[1]).putFields("region", c[1]);
      if (!c[2].isEmpty()) {
        form.vatNumber(c[2]);
      }
      module.card(SHOP).register(new RegisterCustomer.Command(form.build())).orThrow();
    }
  }

  private static List<String> numbers(CustomerList page) {
    return page.page().items().stream().map(ListedCustomer::number).map(Object::toString).toList();
  }

  @Test
  void aTypedQueryListsWhatTheSameTextRequestLists() {
    ListQuery typed = ListQuery.of(BuiltInView.ALL).withFilters(new Filter.Search("bakkerij"))
        .withSort(Sort.by(new SortKey(StandardColumn.CITY, Direction.DESC)))
        .withColumns(List.of(StandardColumn.NUMBER, StandardColumn.CITY)).withPageSize(1);
    ListRequest text = ListRequest.builder().view("all").search("bakkerij").addSort("city:desc")
        .addColumns("number", "city").pageSize(1).build();
    CustomerList first = list.list(typed).orThrow();
    assertEquals(numbers(list.list(text).orThrow()), numbers(first));
    assertEquals(List.of(StandardColumn.NUMBER, StandardColumn.CITY), first.view().columns());
    CustomerList second = list.list(typed.withAfter(first.page().next().orElseThrow())).orThrow();
    CustomerList secondByText = list.list(ListRequest.builder().from(text).after(first.page().next().orElseThrow())
        .build()).orThrow();
    assertEquals(numbers(secondByText), numbers(second));
    assertEquals(1, second.page().items().size());
  }

  @Test
  void builtInViewsAndToggleWorkTyped() {
    assertEquals(2, list.list(ListQuery.of(BuiltInView.WITH_VAT)).orThrow().page().items().size());
    assertEquals(2, list.list(ListQuery.of(BuiltInView.WITHOUT_VAT)).orThrow().page().items().size());
    CustomerList flipped = list.list(ListQuery.of(BuiltInView.ALL).withSort(Sort.by(StandardColumn.COMPANY_NAME))
        .withToggle(StandardColumn.COMPANY_NAME).withTotal(true)).orThrow();
    assertEquals(Direction.DESC, flipped.view().sort().primary().direction());
    assertEquals(4L, flipped.total().orElseThrow());
  }

  @Test
  void anExtraFieldColumnOfAnotherTenantIsRefusedByName() {
    ExtraFieldDefinition elsewhere = ExtraFieldDefinition.builder().key(FieldKey.parse("colour").orThrow())
        .label("Kleur").type(ExtraFieldType.TEXT).build();
    Outcome<CustomerList> outcome = list.list(ListQuery.of(BuiltInView.ALL)
        .withColumns(List.of(StandardColumn.NUMBER, ExtraFieldColumn.of(elsewhere))));
    assertTrue(outcome instanceof Outcome.Refused<CustomerList> refused && refused.has(Reason.UNKNOWN_NAME),
        outcome.toString());
  }

  @Test
  void aPageSizeOutOfRangeIsRefusedAtThePort() {
    Outcome<CustomerList> outcome = list.list(ListQuery.of(BuiltInView.ALL).withPageSize(0));
    assertTrue(outcome instanceof Outcome.Refused<CustomerList> refused && refused.has(Reason.OUT_OF_RANGE),
        outcome.toString());
  }

  @Test
  void anUnknownSavedViewIsRefused() {
    Outcome<CustomerList> outcome = list.list(ListQuery.saved("nothing-like-this"));
    assertTrue(outcome instanceof Outcome.Refused<CustomerList> refused && refused.has(Reason.NOT_FOUND_AMONG));
  }
}
