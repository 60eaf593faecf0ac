package org.customerkit.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.customerkit.core.application.CustomerModule;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.view.Condition;
import org.customerkit.persistence.jdbc.internal.CustomerColumns;
import org.customerkit.persistence.jdbc.internal.Tables;
import org.customerkit.core.view.Filter;
import org.customerkit.core.view.Operator;
import org.customerkit.core.view.Sort;
import org.customerkit.core.view.StandardColumn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The stores' own behaviour on one database: round trips, locking, refusals, transactions, tenants, escaping. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoresTestBase {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");

  private TestDatabase.Schema schema;
  JdbcCustomerStores stores;
  CustomerStore customers;

  abstract TestDatabase database();

  @BeforeAll
  void createSchema() {
    database().unavailable().ifPresent(reason -> Assumptions.assumeTrue(false, reason));
    schema = database().freshSchema();
    stores = schema.stores();
    customers = stores.customers();
  }

  @AfterAll
  void dropSchema() {
    if (schema != null) {
      schema.close();
    }
  }

  private TenantId freshTenant() {
    return TenantId.of("t" + System.nanoTime());
  }

  @Test
  void aCustomerWithEverythingComesBackEqual() {
    TenantId tenant = freshTenant();
    Customer customer = Customers.aBelgianCompanyWithEverything(tenant, "10001");
    customers.insert(customer);
    assertEquals(Optional.of(customer), customers.find(tenant, customer.id()));
    assertEquals(Optional.of(customer), customers.findByNumber(tenant, customer.number()));
    Customer person = Customers.aPersonWithoutVatNumber(tenant, "10002", "Janssens");
    customers.insert(person);
    assertEquals(Optional.of(person), customers.find(tenant, person.id()));
  }

  @Test
  void anUpdateReplacesTheCardAndItsChildrenOnlyAtTheExpectedVersion() {
    TenantId tenant = freshTenant();
    Customer original = Customers.aBelgianCompanyWithEverything(tenant, "20001");
    customers.insert(original);
    Customer changed = original.toBuilder().version(2).extraAddresses(List.of()).contactPersons(List.of())
        .extraFields(java.util.Map.of()).number(CustomerNumber.of("20002")).build();
    assertFalse(customers.update(changed, 7));
    assertEquals(Optional.of(original), customers.find(tenant, original.id()));
    assertTrue(customers.update(changed, 1));
    assertEquals(Optional.of(changed), customers.find(tenant, original.id()));
    assertFalse(customers.update(changed.toBuilder().version(3).build(), 1));
  }

  @Test
  void aTakenNumberIsRefusedOnInsertAndUpdateAndLeavesTheTransactionUsable() {
    TenantId tenant = freshTenant();
    Customer first = Customers.aCompanyNamed(tenant, "30001", "First");
    Customer second = Customers.aCompanyNamed(tenant, "30002", "Second");
    customers.insert(first);
    customers.insert(second);
    Customer clash = Customers.aCompanyNamed(tenant, "30001", "Clash");
    DuplicateCustomerNumberException refused = assertThrows(DuplicateCustomerNumberException.class,
        () -> customers.insert(clash));
    assertEquals("30001", refused.number().value());
    assertThrows(DuplicateCustomerNumberException.class,
        () -> customers.update(second.toBuilder().number(first.number()).version(2).build(), 1));
    assertEquals(Optional.of(second), customers.find(tenant, second.id()));
    Customer third = Customers.aCompanyNamed(tenant, "30003", "Third");
    stores.transactions().inTransaction(() -> {
      assertThrows(DuplicateCustomerNumberException.class, () -> customers.insert(clash));
      customers.insert(third);
      return null;
    });
    assertEquals(Optional.of(third), customers.find(tenant, third.id()));
    assertEquals(Optional.empty(), customers.find(tenant, clash.id()));
  }

  @Test
  void aRolledBackTransactionLeavesTheDataAsItWas() {
    TenantId tenant = freshTenant();
    Customer kept = Customers.aBelgianCompanyWithEverything(tenant, "40001");
    customers.insert(kept);
    Customer added = Customers.aCompanyNamed(tenant, "40002", "Added");
    assertThrows(IllegalStateException.class, () -> stores.transactions().inTransaction(() -> {
      customers.insert(added);
      customers.update(kept.toBuilder().version(2).contactPersons(List.of()).build(), 1);
      stores.numbers().next(tenant, "", 10000);
      stores.fields().save(tenant, text("gone"));
      throw new IllegalStateException("undo");
    }));
    assertEquals(Optional.of(kept), customers.find(tenant, kept.id()));
    assertEquals(Optional.empty(), customers.find(tenant, added.id()));
    assertEquals(List.of(), stores.fields().all(tenant));
    assertEquals(10000, stores.numbers().next(tenant, "", 10000));
  }

  @Test
  void aSaveThatFailsHalfwayLeavesNothingWritten() {
    TenantId tenant = freshTenant();
    Customer kept = Customers.aBelgianCompanyWithEverything(tenant, "45001");
    customers.insert(kept);
    // the customer row fits, its extra field value does not (value_text holds 1,000 characters)
    FieldValue tooLong = new FieldValue.Text("x".repeat(1500));
    Customer broken = Customers.aCompanyNamed(tenant, "45002", "Broken").toBuilder()
        .putExtraFields(FieldKey.of("note"), tooLong).build();
    assertThrows(JdbcStoreException.class, () -> customers.insert(broken));
    assertEquals(Optional.empty(), customers.find(tenant, broken.id()));
    assertEquals(Optional.empty(), customers.findByNumber(tenant, broken.number()));
    Customer brokenUpdate = kept.toBuilder().version(2).putExtraFields(FieldKey.of("note"), tooLong).build();
    assertThrows(JdbcStoreException.class, () -> customers.update(brokenUpdate, 1));
    assertEquals(Optional.of(kept), customers.find(tenant, kept.id()));
  }

  @Test
  void deleteRemovesTheCustomerWithItsChildRows() {
    TenantId tenant = freshTenant();
    Customer customer = Customers.aBelgianCompanyWithEverything(tenant, "50001");
    customers.insert(customer);
    assertFalse(customers.delete(OTHER, customer.id()));
    assertTrue(customers.delete(tenant, customer.id()));
    assertFalse(customers.delete(tenant, customer.id()));
    assertEquals(Optional.empty(), customers.find(tenant, customer.id()));
    customers.insert(customer);
    assertEquals(Optional.of(customer), customers.find(tenant, customer.id()));
  }

  @Test
  void noMethodCrossesTenants() {
    TenantId mine = freshTenant();
    TenantId theirs = TenantId.of(mine.value() + "x");
    Customer my = Customers.aBelgianCompanyWithEverything(mine, "60001");
    Customer their = Customers.aBelgianCompanyWithEverything(theirs, "60001");
    customers.insert(my);
    customers.insert(their);
    assertEquals(Optional.empty(), customers.find(mine, their.id()));
    assertEquals(Optional.of(my), customers.findByNumber(mine, my.number()));
    assertEquals(Optional.of(their), customers.findByNumber(theirs, my.number()));
    Customer hijack = their.toBuilder().tenant(mine).version(2).build();
    assertFalse(customers.update(hijack, 1));
    assertFalse(customers.delete(mine, their.id()));
    assertEquals(Optional.of(their), customers.find(theirs, their.id()));
    Condition all = new Condition.Always();
    assertEquals(List.of(my), customers.list(mine, new CustomerQuery(all, Sort.by(StandardColumn.NUMBER), 10,
        Optional.empty())));
    assertEquals(1, customers.count(mine, all));
    try (Stream<Customer> stream = customers.stream(theirs, all, Sort.by(StandardColumn.CITY))) {
      assertEquals(List.of(their), stream.collect(Collectors.toList()));
    }
    assertEquals(10000, stores.numbers().next(mine, "", 10000));
    assertEquals(10000, stores.numbers().next(theirs, "", 10000));
    assertEquals(10001, stores.numbers().next(mine, "", 10000));
    stores.fields().save(mine, text("note"));
    assertEquals(List.of(), stores.fields().all(theirs));
    assertEquals(Optional.empty(), stores.fields().find(theirs, FieldKey.of("note")));
    assertFalse(stores.fields().delete(theirs, FieldKey.of("note")));
    StoredView view = new StoredView("", "Gent", List.of("city = gent"), List.of("number"), "number:asc", 50, false);
    stores.views().save(mine, view);
    assertEquals(List.of(), stores.views().list(theirs, ""));
    assertEquals(Optional.empty(), stores.views().find(theirs, "", "Gent"));
    assertFalse(stores.views().delete(theirs, "", "Gent"));
    assertEquals(List.of(view), stores.views().list(mine, "someone"));
  }

  @Test
  void wildcardsInSearchTextsMatchOnlyThemselves() {
    TenantId tenant = freshTenant();
    Customer percent = Customers.aCompanyNamed(tenant, "70001", "100% Bio");
    Customer plain = Customers.aCompanyNamed(tenant, "70002", "1000 Bio");
    Customer underscore = Customers.aCompanyNamed(tenant, "70003", "a_b");
    Customer lookalike = Customers.aCompanyNamed(tenant, "70004", "axb");
    Customer bang = Customers.aCompanyNamed(tenant, "70005", "Yes! Nv");
    List.of(percent, plain, underscore, lookalike, bang).forEach(customers::insert);
    assertEquals(List.of(percent), matching(tenant, Filter.Criterion.of(StandardColumn.COMPANY_NAME,
        Operator.CONTAINS, "0% b")));
    assertEquals(List.of(underscore), matching(tenant, Filter.Criterion.of(StandardColumn.COMPANY_NAME,
        Operator.CONTAINS, "_")));
    assertEquals(List.of(underscore), matching(tenant, Filter.Criterion.of(StandardColumn.FULL_NAME,
        Operator.STARTS_WITH, "a_")));
    assertEquals(List.of(bang), matching(tenant, Filter.Criterion.of(StandardColumn.COMPANY_NAME,
        Operator.CONTAINS, "s!")));
    assertEquals(List.of(percent), matching(tenant, Filter.Criterion.of(StandardColumn.COMPANY_NAME,
        Operator.STARTS_WITH, "100%")));
  }

  private List<Customer> matching(TenantId tenant, Filter filter) {
    return customers.list(tenant, new CustomerQuery(filter.toCondition(), Sort.by(StandardColumn.NUMBER), 100,
        Optional.empty()));
  }

  @Test
  void aStreamReadsEveryRowInOrderAcrossChunks() {
    TenantId tenant = freshTenant();
    List<Customer> all = new ArrayList<>();
    stores.transactions().inTransaction(() -> {
      for (int i = 0; i < 600; i++) {
        Customer c = i % 3 == 0 ? Customers.aBelgianCompanyWithEverything(tenant, "S" + i)
            : Customers.aCompanyNamed(tenant, "S" + i, "Name " + (i % 17));
        customers.insert(c);
        all.add(c);
      }
      return null;
    });
    Sort sort = Sort.by(org.customerkit.core.view.SortKey.desc(StandardColumn.COMPANY_NAME));
    all.sort(org.customerkit.core.view.CustomerOrder.of(sort));
    try (Stream<Customer> stream = customers.stream(tenant, new Condition.Always(), sort)) {
      assertEquals(all, stream.collect(Collectors.toList()));
    }
    List<Customer> inTransaction = stores.transactions().inTransaction(() -> {
      try (Stream<Customer> stream = customers.stream(tenant, new Condition.Always(), sort)) {
        return stream.limit(10).collect(Collectors.toList());
      }
    });
    assertEquals(all.subList(0, 10), inTransaction);
  }

  @Test
  void concurrentRegistrationsNeverShareANumber() throws Exception {
    TenantId tenant = freshTenant();
    int threads = 4;
    int each = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Long>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            mine.add(i % 2 == 0 ? stores.numbers().next(tenant, "2026", 1)
                : stores.transactions().inTransaction(() -> stores.numbers().next(tenant, "2026", 1)));
          }
          return mine;
        }));
      }
      Set<Long> seen = new HashSet<>();
      for (Future<List<Long>> result : results) {
        for (long value : result.get(120, TimeUnit.SECONDS)) {
          assertTrue(seen.add(value), "handed out twice: " + value);
        }
      }
      assertEquals(threads * each, seen.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void registrationsThroughTheModuleInTheHostsTransactionRollBackWithIt() throws SQLException {
    TenantId tenant = freshTenant();
    ThreadLocal<Connection> hostTransaction = new ThreadLocal<>();
    ConnectionSource host = new ConnectionSource() {
      @Override
      public Connection connection() throws SQLException {
        Connection current = hostTransaction.get();
        return current != null ? current : database().dataSource().getConnection();
      }

      @Override
      public void release(Connection connection) throws SQLException {
        if (connection != hostTransaction.get()) {
          connection.close();
        }
      }

      @Override
      public boolean inHostTransaction() {
        return hostTransaction.get() != null;
      }
    };
    JdbcCustomerStores hosted = JdbcCustomerStores.builder(host).tablePrefix(stores.tablePrefix()).build();
    assertEquals(database().dialect(), hosted.dialect());
    CustomerModule module = hosted.moduleBuilder().build();
    CustomerForm form = CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Rolled Back BV").build();
    try (Connection connection = database().dataSource().getConnection()) {
      connection.setAutoCommit(false);
      hostTransaction.set(connection);
      var outcome = module.forTenant(tenant).register(new RegisterCustomer.Command(form));
      assertTrue(outcome.isDone(), () -> "refused: " + outcome.refusals());
      Customer registered = outcome.orThrow();
      assertEquals(Optional.of(registered), hosted.customers().find(tenant, registered.id()));
      connection.rollback();
      hostTransaction.remove();
      connection.setAutoCommit(true);
      assertEquals(Optional.empty(), stores.customers().find(tenant, registered.id()));
      connection.setAutoCommit(false);
      hostTransaction.set(connection);
      Customer committed = module.forTenant(tenant).register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Kept NV").build()))
          .orThrow();
      connection.commit();
      hostTransaction.remove();
      assertEquals(Optional.of(committed), stores.customers().find(tenant, committed.id()));
    } finally {
      hostTransaction.remove();
    }
    Customer own = module.forTenant(tenant).register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Own Transaction CV").build()))
        .orThrow();
    assertEquals(Optional.of(own), stores.customers().find(tenant, own.id()));
  }

  @Test
  void extraFieldsKeepTheirPlaceWhenReplaced() {
    TenantId tenant = freshTenant();
    ExtraFieldDefinition region = ExtraFieldDefinition.builder().key(FieldKey.of("region")).label("Regio")
        .type(ExtraFieldType.CHOICE).choices(List.of("Gent", "Liège", "", "a\nb\\c")).build();
    stores.fields().save(tenant, text("zeta"));
    stores.fields().save(tenant, region);
    stores.fields().save(tenant, text("alpha"));
    ExtraFieldDefinition zeta = ExtraFieldDefinition.builder().from(text("zeta")).label("Zeta!").required(true).build();
    stores.fields().save(tenant, zeta);
    assertEquals(List.of(zeta, region, text("alpha")), stores.fields().all(tenant));
    assertEquals(Optional.of(region), stores.fields().find(tenant, FieldKey.of("region")));
    assertTrue(stores.fields().delete(tenant, FieldKey.of("region")));
    assertFalse(stores.fields().delete(tenant, FieldKey.of("region")));
    stores.fields().save(tenant, region);
    assertEquals(List.of(zeta, text("alpha"), region), stores.fields().all(tenant));
  }

  @Test
  void savedViewsArePerOwnerAndReplacedByName() {
    TenantId tenant = freshTenant();
    StoredView shared = new StoredView("", "Gent", List.of("city = gent", ""), List.of("number", "field:region"),
        "city:asc,number:desc", 25, false);
    StoredView mine = new StoredView("jan", "Archief", List.of(), List.of("number"), "number:asc", 100, true);
    StoredView hers = new StoredView("els", "Archief", List.of(), List.of("number"), "number:asc", 100, true);
    stores.views().save(tenant, shared);
    stores.views().save(tenant, mine);
    stores.views().save(tenant, hers);
    assertEquals(List.of(mine, shared), stores.views().list(tenant, "jan"));
    StoredView replaced = new StoredView("jan", "Archief", List.of("status = archived"), List.of("city"),
        "city:desc", 10, false);
    stores.views().save(tenant, replaced);
    assertEquals(Optional.of(replaced), stores.views().find(tenant, "jan", "Archief"));
    assertTrue(stores.views().delete(tenant, "jan", "Archief"));
    assertEquals(List.of(shared), stores.views().list(tenant, "jan"));
  }

  @Test
  void theInstallerIsIdempotent() {
    assertEquals(0, stores.install());
    assertEquals(0, stores.schema().install());
    assertEquals(SchemaInstaller.MIGRATIONS.size(), stores.schema().latestVersion());
    assertEquals(stores.schema().latestVersion(), stores.schema().installedVersion());
  }

  /**
   * A schema at version 2 with a customer in it (rows without {@code has_vat}, {@code phone_shown} and
   * {@code mobile_shown}, nor the cells of version 4) reaches version 4 through the installer, and its customer
   * is listed as before: in the view with a VAT number, its phone shown in national format.
   */
  @Test
  void version3FillsInWhatListsReadForCustomersSavedBefore() throws SQLException {
    try (TestDatabase.Schema older = database().freshSchema()) {
      JdbcCustomerStores upgraded = older.stores();
      Customer saved = Customers.aBelgianCompanyWithEverything(ACME, "10000");
      upgraded.customers().insert(saved);
      downgrade(upgraded, 2);
      assertEquals(2, upgraded.schema().installedVersion());

      assertEquals(2, upgraded.schema().install());

      org.customerkit.core.view.View withVat = org.customerkit.core.view.BuiltInView.WITH_VAT.view();
      List<org.customerkit.core.view.ListedCustomer> rows = firstPage(upgraded, withVat);
      assertEquals(List.of(org.customerkit.core.view.ListedCustomer.of(saved, withVat.columns(), withVat.sort())),
          rows);
      assertEquals(saved.phone().orElseThrow().national(),
          rows.get(0).cells().get(withVat.columns().indexOf(StandardColumn.PHONE))
              .text(org.customerkit.core.domain.shared.Messages.of(java.util.Locale.ENGLISH)));
    }
  }

  /**
   * Customers saved at version 3 have no full name, address line or VAT number stored as shown; version 4 composes
   * them in SQL (a company with a legal form, a Belgian VAT number and an address with a box, a person with a
   * first name and no address), and they list as the library shows them.
   */
  @Test
  void version4ComposesTheShownCellsOfCustomersSavedBefore() throws SQLException {
    try (TestDatabase.Schema older = database().freshSchema()) {
      JdbcCustomerStores upgraded = older.stores();
      Customer company = Customers.aBelgianCompanyWithEverything(ACME, "10000");
      Customer person = Customers.aPersonWithoutVatNumber(ACME, "10001", "Peeters");
      upgraded.customers().insert(company);
      upgraded.customers().insert(person);
      downgrade(upgraded, 3);

      assertEquals(1, upgraded.schema().install());

      org.customerkit.core.view.View all = org.customerkit.core.view.BuiltInView.ALL.view();
      List<org.customerkit.core.view.Column> columns = new ArrayList<>(all.columns());
      columns.add(StandardColumn.VAT_NUMBER);
      CustomerQuery query = new CustomerQuery(all.effectiveFilter().toCondition(), all.sort(), 10, Optional.empty());
      List<org.customerkit.core.view.ListedCustomer> expected = Stream.of(company, person)
          .map(c -> org.customerkit.core.view.ListedCustomer.of(c, columns, all.sort())).toList();
      assertEquals(expected, upgraded.customers().listRows(ACME, query, columns));
      org.customerkit.core.domain.shared.Messages english =
          org.customerkit.core.domain.shared.Messages.of(java.util.Locale.ENGLISH);
      List<String> companyCells = expected.get(0).cells().stream().map(c -> c.text(english)).toList();
      assertEquals("Bakkerij Peeters BV", companyCells.get(columns.indexOf(StandardColumn.FULL_NAME)));
      assertEquals("Veldstraat 12 bus 3", companyCells.get(columns.indexOf(StandardColumn.ADDRESS)));
      assertEquals("BE 0417.497.106", companyCells.get(columns.indexOf(StandardColumn.VAT_NUMBER)));
    }
  }

  private static List<org.customerkit.core.view.ListedCustomer> firstPage(JdbcCustomerStores stores,
      org.customerkit.core.view.View view) {
    CustomerQuery query = new CustomerQuery(view.effectiveFilter().toCondition(), view.sort(), 10, Optional.empty());
    return stores.customers().listRows(ACME, query, view.columns());
  }

  /**
   * Takes a schema back to {@code version} as an older release left it: the columns and index of the later
   * migrations dropped, their history rows deleted, the rows kept.
   */
  private void downgrade(JdbcCustomerStores stores, int version) throws SQLException {
    Tables tables = new Tables(stores.tablePrefix());
    try (Connection connection = database().dataSource().getConnection();
        java.sql.Statement s = connection.createStatement()) {
      List<String> columns = new ArrayList<>(List.of("full_name_shown", "address_shown", "vat_number_shown"));
      if (version < 3) {
        String index = tables.prefix() + CustomerColumns.VAT_COMPANY_INDEX;
        s.execute(database().dialect() == Dialect.MARIADB ? "DROP INDEX " + index + " ON " + tables.customers()
            : "DROP INDEX " + index);
        columns.addAll(List.of("has_vat", "phone_shown", "mobile_shown"));
      }
      for (String column : columns) {
        s.execute("ALTER TABLE " + tables.customers() + " DROP COLUMN " + column);
      }
      s.execute("DELETE FROM " + tables.history() + " WHERE version > " + version);
    }
    assertEquals(version, stores.schema().installedVersion());
  }

  @Test
  void removingAFieldIsRefusedWhileCustomersHaveValuesAndDropsThemAllWhenAsked() {
    TenantId tenant = freshTenant();
    org.customerkit.core.application.port.in.Customers module = stores.moduleBuilder().build().forTenant(tenant);
    module.define(new org.customerkit.core.application.port.in.ManageExtraFields.Definition("segment", "Segment",
        ExtraFieldType.TEXT, false, List.of())).orThrow();
    List<Customer> holders = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      holders.add(module.register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY)
          .companyName("Holder " + i).putFields("segment", "horeca").build())).orThrow());
    }
    Customer without = module.register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY)
        .companyName("Without").build())).orThrow();

    var refused = module.remove(FieldKey.of("segment"));
    assertEquals(List.of(org.customerkit.core.domain.shared.Reason.HAS_VALUES),
        refused.refusals().stream().map(r -> r.reason()).toList());
    assertEquals(List.of(3L), refused.refusals().get(0).arguments());
    assertEquals(1, stores.fields().all(tenant).size());

    assertEquals(FieldKey.of("segment"), module.remove(FieldKey.of("segment"), true).orThrow());
    assertEquals(List.of(), stores.fields().all(tenant));
    for (Customer holder : holders) {
      Customer after = customers.find(tenant, holder.id()).orElseThrow();
      assertEquals(java.util.Map.of(), after.extraFields());
      assertEquals(2, after.version());
    }
    assertEquals(Optional.of(without), customers.find(tenant, without.id()));
  }

  private static ExtraFieldDefinition text(String key) {
    return ExtraFieldDefinition.builder().key(FieldKey.of(key)).label(key).type(ExtraFieldType.TEXT).build();
  }
}
