package org.customerkit.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.wiring.CustomerStores;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.Customers;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.Transactions;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerStatus;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.view.Column;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.CustomerOrder;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.Operator;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.SortKey;
import org.customerkit.core.view.StandardColumn;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link CustomerStore} port: customers read back equal, stay inside their tenant, keep
 * their number unique per tenant, refuse a stale update, and list, count, stream and page exactly as the
 * in-memory reference evaluator and order do. A host's adapter test extends it and gives its store and the
 * {@link Transactions} that store joins; every test works in tenants of its own, so nothing needs emptying.
 */
public abstract class CustomerStoreContract {

  protected abstract CustomerStore customers();

  protected abstract Transactions transactions();

  private void insert(Customer customer) {
    transactions().inTransaction(() -> {
      customers().insert(customer);
      return null;
    });
  }

  @Test
  void aSavedCustomerReadsBackEqualWithEveryPartOfItsCard() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer company = CustomerFixtures.aBelgianCompany(tenant, "10000");
    Customer person = CustomerFixtures.aPersonWithoutVatNumber(tenant, "10001");
    insert(company);
    insert(person);
    assertEquals(Optional.of(company), customers().find(tenant, company.id()));
    assertEquals(Optional.of(person), customers().findByNumber(tenant, person.number()));
  }

  @Test
  void noMethodReachesAnotherTenantsCustomer() {
    TenantId mine = CustomerFixtures.aFreshTenant();
    TenantId theirs = CustomerFixtures.aFreshTenant();
    Customer customer = CustomerFixtures.aBelgianCompany(theirs, "10000");
    insert(customer);
    assertEquals(Optional.empty(), customers().find(mine, customer.id()));
    assertEquals(Optional.empty(), customers().findByNumber(mine, customer.number()));
    assertFalse(customers().delete(mine, customer.id()));
    Customer hijacked = customer.toBuilder().tenant(mine).version(2).build();
    assertFalse(customers().update(hijacked, 1));
    assertEquals(List.of(), customers().list(mine, firstPage(Sort.by(StandardColumn.NUMBER), 10)));
    assertEquals(0, customers().count(mine, new Condition.Always()));
    try (Stream<Customer> stream = customers().stream(mine, new Condition.Always(),
        Sort.by(StandardColumn.NUMBER))) {
      assertEquals(0, stream.count());
    }
    assertEquals(Optional.of(customer), customers().find(theirs, customer.id()));
  }

  @Test
  void aNumberIsUniqueWithinATenantOnly() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    insert(CustomerFixtures.aBelgianCompany(tenant, "10000"));
    assertThrows(DuplicateCustomerNumberException.class,
        () -> insert(CustomerFixtures.aPersonWithoutVatNumber(tenant, "10000")));
    insert(CustomerFixtures.aPersonWithoutVatNumber(CustomerFixtures.aFreshTenant(), "10000"));
    assertEquals(1, customers().count(tenant, new Condition.Always()));
  }

  @Test
  void anUpdateFromTheStoredVersionReplacesTheCustomerAndAStaleOneChangesNothing() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer original = CustomerFixtures.aBelgianCompany(tenant, "10000");
    insert(original);
    Customer renamed = original.toBuilder().party(CustomerFixtures.aDutchCompany(tenant, "1").party())
        .extraAddresses(List.of()).extraFields(java.util.Map.of()).version(2).updated(original.updated().plusSeconds(60)).build();
    assertTrue(customers().update(renamed, 1));
    assertEquals(Optional.of(renamed), customers().find(tenant, original.id()));
    Customer stale = original.toBuilder().version(2).build();
    assertFalse(customers().update(stale, 1));
    assertEquals(Optional.of(renamed), customers().find(tenant, original.id()));
  }

  @Test
  void anUpdateToATakenNumberIsRefusedByTheStore() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer first = CustomerFixtures.aBelgianCompany(tenant, "10000");
    Customer second = CustomerFixtures.aPersonWithoutVatNumber(tenant, "10001");
    insert(first);
    insert(second);
    Customer clash = second.toBuilder().number(first.number()).version(2).build();
    assertThrows(DuplicateCustomerNumberException.class, () -> transactions().inTransaction(
        () -> customers().update(clash, 1)));
    assertEquals(Optional.of(second), customers().find(tenant, second.id()));
  }

  @Test
  void aDeletedCustomerIsGone() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer customer = CustomerFixtures.aBelgianCompany(tenant, "10000");
    insert(customer);
    assertTrue(customers().delete(tenant, customer.id()));
    assertEquals(Optional.empty(), customers().find(tenant, customer.id()));
    assertFalse(customers().delete(tenant, customer.id()));
  }

  @Test
  void keysetPagesWalkTheWholeListInTheReferenceOrderOnEveryColumn() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    List<Customer> all = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      all.add(i % 3 == 0 ? CustomerFixtures.aBelgianCompany(tenant, "K" + (100 + i))
          : i % 3 == 1 ? CustomerFixtures.aPersonWithoutVatNumber(tenant, String.valueOf(9990 + i * 7))
          : CustomerFixtures.aDutchCompany(tenant, "NL-" + i));
    }
    all.forEach(this::insert);
    for (StandardColumn column : StandardColumn.values()) {
      StandardColumn second = column == StandardColumn.NUMBER ? StandardColumn.CITY : StandardColumn.NUMBER;
      for (Sort sort : List.of(Sort.by(SortKey.asc(column)), Sort.by(SortKey.desc(column)),
          Sort.by(SortKey.desc(column), SortKey.asc(second)))) {
        List<Customer> expected = all.stream().sorted(CustomerOrder.of(sort)).collect(Collectors.toList());
        assertEquals(expected, walk(tenant, new Condition.Always(), sort, 5), sort.text());
      }
    }
  }

  @Test
  void listsCountsAndStreamsAgreeWithTheReferenceEvaluator() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    List<Customer> all = List.of(CustomerFixtures.aBelgianCompany(tenant, "10000"),
        CustomerFixtures.aPersonWithoutVatNumber(tenant, "10001"), CustomerFixtures.aDutchCompany(tenant, "10002"),
        CustomerFixtures.aBelgianCompany(tenant, "10003").toBuilder().status(CustomerStatus.ARCHIVED).build());
    all.forEach(this::insert);
    Sort sort = Sort.by(SortKey.asc(StandardColumn.FULL_NAME));
    List<Filter> filters = List.of(
        Filter.Criterion.of(StandardColumn.VAT_NUMBER, Operator.EMPTY),
        Filter.Criterion.of(StandardColumn.VAT_NUMBER, Operator.NOT_EMPTY),
        Filter.Criterion.of(StandardColumn.CITY, Operator.EQUALS, "GENT"),
        Filter.Criterion.of(StandardColumn.FULL_NAME, Operator.CONTAINS, "francoise"),
        Filter.Criterion.of(StandardColumn.COMPANY_NAME, Operator.STARTS_WITH, "bakk"),
        Filter.Criterion.of(StandardColumn.STATUS, Operator.EQUALS, "active"),
        Filter.Criterion.of(StandardColumn.LANGUAGE, Operator.ONE_OF, "fr", "en"),
        Filter.Criterion.of(StandardColumn.CREATED, Operator.BEFORE, "2026-03-03"),
        Filter.Criterion.of(StandardColumn.CREATED, Operator.EQUALS, "2026-03-02"),
        Filter.Criterion.of(StandardColumn.PHONE, Operator.CONTAINS, "09 223"),
        new Filter.Search("0403 019"),
        new Filter.Search("bakkerij gent"),
        new Filter.Search("100%_"),
        new Filter.Not(new Filter.Search("dubois")),
        new Filter.Or(List.of(Filter.Criterion.of(StandardColumn.COUNTRY, Operator.EQUALS, "nl"),
            Filter.Criterion.of(StandardColumn.MOBILE, Operator.NOT_EMPTY))));
    for (Filter filter : filters) {
      Condition condition = filter.toCondition();
      List<Customer> expected = all.stream().filter(c -> org.customerkit.core.view.ConditionEvaluator
          .matches(condition, c)).sorted(CustomerOrder.of(sort)).collect(Collectors.toList());
      assertEquals(expected, walk(tenant, condition, sort, 2), filter.toString());
      assertEquals(expected.size(), customers().count(tenant, condition), filter.toString());
      try (Stream<Customer> stream = customers().stream(tenant, condition, sort)) {
        assertEquals(expected, stream.collect(Collectors.toList()), filter.toString());
      }
    }
  }

  @Test
  void extraFieldCriteriaSortAndMatchByTheirType() {
    TenantId tenant = CustomerFixtures.aFreshTenant();
    Customer rich = CustomerFixtures.aBelgianCompany(tenant, "10000");
    Customer poor = CustomerFixtures.aBelgianCompany(tenant, "10001").toBuilder()
        .putExtraFields(FieldKey.of("credit"), new org.customerkit.core.domain.field.FieldValue.Number(
            new java.math.BigDecimal("-20"))).putExtraFields(FieldKey.of("vip"),
            new org.customerkit.core.domain.field.FieldValue.YesNo(false)).build();
    Customer none = CustomerFixtures.aPersonWithoutVatNumber(tenant, "10002");
    List.of(rich, poor, none).forEach(this::insert);
    var credit = org.customerkit.core.view.ExtraFieldColumn.of(CustomerFixtures.extraFields().get(FieldKey.of("credit")));
    var vip = org.customerkit.core.view.ExtraFieldColumn.of(CustomerFixtures.extraFields().get(FieldKey.of("vip")));
    assertEquals(List.of(poor, rich, none), walk(tenant, new Condition.Always(), Sort.by(SortKey.asc(credit)), 2));
    assertEquals(List.of(poor), walk(tenant, Filter.Criterion.of(credit, Operator.BEFORE, "0").toCondition(),
        Sort.by(StandardColumn.NUMBER), 5));
    assertEquals(List.of(rich), walk(tenant, Filter.Criterion.of(vip, Operator.IS_YES).toCondition(),
        Sort.by(StandardColumn.NUMBER), 5));
    assertEquals(List.of(none), walk(tenant, Filter.Criterion.of(vip, Operator.EMPTY).toCondition(),
        Sort.by(StandardColumn.NUMBER), 5));
    assertEquals(ExtraFieldType.NUMBER, credit.fieldType());
  }

  /** Every column a list can show, extra fields last, in an order no store keeps its columns in. */
  private static final List<Column> SHOWN;

  static {
    List<Column> shown = new ArrayList<>(List.of(StandardColumn.values()));
    java.util.Collections.reverse(shown);
    CustomerFixtures.extraFields().values().stream().sorted(java.util.Comparator.comparing(d -> d.key().value()))
        .map(org.customerkit.core.view.ExtraFieldColumn::of).forEach(shown::add);
    SHOWN = List.copyOf(shown);
  }

  /**
   * Every page of a list, each read after the previous one's last row; each page's rows in every column are
   * checked against the page's customers on the way.
   */
  protected List<Customer> walk(TenantId tenant, Condition condition, Sort sort, int pageSize) {
    List<Customer> seen = new ArrayList<>();
    Optional<Keyset> after = Optional.empty();
    for (int pages = 0; pages < 10_000; pages++) {
      CustomerQuery query = new CustomerQuery(condition, sort, pageSize, after);
      List<Customer> page = customers().list(tenant, query);
      assertEquals(page.stream().map(c -> ListedCustomer.of(c, SHOWN, sort)).collect(Collectors.toList()),
          customers().listRows(tenant, query, SHOWN), () -> "the rows of " + query);
      seen.addAll(page);
      if (page.size() < pageSize) {
        return seen;
      }
      Customer last = page.get(page.size() - 1);
      after = Optional.of(new Keyset(sort.keys().stream().map(k -> ColumnKeys.sortKey(last, k.column()))
          .collect(Collectors.toList()), last.id()));
    }
    throw new AssertionError("the pages never ended");
  }

  private static CustomerQuery firstPage(Sort sort, int size) {
    return new CustomerQuery(new Condition.Always(), sort, size, Optional.empty());
  }
}
