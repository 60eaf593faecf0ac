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
import org.customerkit.core.wiring.CustomerModule;
import org.customerkit.core.application.port.in.CustomerForm;
import org.customerkit.core.application.port.in.PartyKind;
import org.customerkit.core.application.port.in.RegisterCustomer;
import org.customerkit.core.application.port.out.CustomerQuery;
import org.customerkit.core.application.port.out.CustomerStore;
import org.customerkit.core.application.port.out.DuplicateCustomerNumberException;
import org.customerkit.core.application.port.out.StoredView;
import org.customerkit.core.domain.customer.Customer;
import org.customerkit.core.domain.customer.CustomerEvent;
import org.customerkit.core.domain.customer.CustomerNumber;
import org.customerkit.core.domain.customer.TenantId;
import org.customerkit.core.domain.field.ExtraFieldDefinition;
import org.customerkit.core.domain.field.ExtraFieldType;
import org.customerkit.core.domain.field.FieldKey;
import org.customerkit.core.domain.field.FieldValue;
import org.customerkit.core.view.ColumnKeys;
import org.customerkit.core.view.Condition;
import org.customerkit.core.view.Keyset;
import org.customerkit.core.view.ListedCustomer;
import org.customerkit.core.view.SortKey;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * A save that fails in a child-row batch (a value too long for its column, which PostgreSQL reports with the
   * batch's bound values and H2 with the value) names the SQLState, the table and the customer, and neither its
   * message, its causes nor the log show a personal value.
   */
  @Test
  void aFailingSaveNamesStateTableAndCustomerButNoPersonalValue() {
    TenantId tenant = freshTenant();
    String personal = "Jan Janssens jan.janssens@example.be +32470123456 ";
    FieldValue tooLong = new FieldValue.Text(personal.repeat(1500 / personal.length() + 1));
    Customer kept = Customers.aCompanyNamed(tenant, "46001", "Kept BV");
    customers.insert(kept);
    Customer broken = Customers.aCompanyNamed(tenant, "46002", "Broken BV").toBuilder()
        .putExtraFields(FieldKey.of("note"), tooLong).build();
    java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
    java.io.PrintStream err = System.err;
    List<JdbcStoreException> failures = new ArrayList<>();
    System.setErr(new java.io.PrintStream(log, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      failures.add(assertThrows(JdbcStoreException.class, () -> customers.insert(broken)));
      failures.add(assertThrows(JdbcStoreException.class, () -> customers.update(
          kept.toBuilder().version(2).putExtraFields(FieldKey.of("note"), tooLong).build(), 1)));
      failures.add(assertThrows(JdbcStoreException.class, () -> stores.transactions().inTransaction(() -> {
        customers.insert(broken);
        return null;
      })));
    } finally {
      System.setErr(err);
    }
    StringBuilder shown = new StringBuilder(log.toString(java.nio.charset.StandardCharsets.UTF_8));
    for (JdbcStoreException failure : failures) {
      java.io.StringWriter trace = new java.io.StringWriter();
      failure.printStackTrace(new java.io.PrintWriter(trace));
      shown.append(trace);
    }
    String text = shown.toString().toLowerCase(java.util.Locale.ROOT);
    for (String value : List.of("janssens", "jan.janssens@example.be", "32470123456")) {
      assertFalse(text.contains(value), () -> "shows " + value + ": " + text);
    }
    String fieldValues = new Tables(stores.tablePrefix()).fieldValues();
    for (JdbcStoreException failure : failures) {
      assertFalse(failure.sqlState().isEmpty(), failure::getMessage);
      assertEquals(Optional.of(fieldValues), failure.table());
      assertTrue(failure.getMessage().contains(failure.sqlState()), failure::getMessage);
      assertTrue(failure.getMessage().contains(fieldValues), failure::getMessage);
    }
    assertEquals(Optional.of(broken.id().toString()), failures.get(0).customerId());
    assertEquals(Optional.of(kept.id().toString()), failures.get(1).customerId());
    assertEquals(Optional.of(kept), customers.find(tenant, kept.id()));
    assertEquals(Optional.empty(), customers.find(tenant, broken.id()));
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
  void customersWithoutTheSortedValueComeLastInEitherDirectionOnEveryPage() {
    TenantId tenant = freshTenant();
    List<Customer> all = new ArrayList<>();
    stores.transactions().inTransaction(() -> {
      for (int i = 0; i < 12; i++) {
        Customer c = i % 2 == 0 ? Customers.aPersonWithoutVatNumber(tenant, "B" + i, "Peeters")
            : Customers.aCompanyNamed(tenant, "B" + i, "Name " + (i % 5));
        if (i % 3 != 0) {
          c = c.toBuilder().address(org.customerkit.core.domain.contact.Address.builder()
              .city(List.of("Gent", "Aalst", "Brugge").get(i % 3)).country(
                  org.customerkit.core.domain.contact.CountryCode.BELGIUM).build()).build();
        }
        customers.insert(c);
        all.add(c);
      }
      return null;
    });
    List<org.customerkit.core.view.Column> shown = List.of(StandardColumn.COMPANY_NAME, StandardColumn.CITY);
    for (Sort sort : List.of(Sort.by(SortKey.asc(StandardColumn.COMPANY_NAME)),
        Sort.by(SortKey.desc(StandardColumn.COMPANY_NAME)),
        Sort.by(SortKey.asc(StandardColumn.CITY), SortKey.asc(StandardColumn.COMPANY_NAME)),
        Sort.by(SortKey.desc(StandardColumn.CITY), SortKey.asc(StandardColumn.COMPANY_NAME)))) {
      List<Customer> expected = all.stream().sorted(org.customerkit.core.view.CustomerOrder.of(sort)).toList();
      assertTrue(expected.get(0).fullName().startsWith("Name"), "a company first by " + sort.text());
      List<Customer> walked = new ArrayList<>();
      List<ListedCustomer> rows = new ArrayList<>();
      Optional<Keyset> after = Optional.empty();
      for (int pages = 0; pages < 20; pages++) {
        CustomerQuery query = new CustomerQuery(new Condition.Always(), sort, 5, after);
        List<Customer> page = customers.list(tenant, query);
        walked.addAll(page);
        rows.addAll(customers.listRows(tenant, query, shown));
        if (page.size() < 5) {
          break;
        }
        Customer last = page.get(page.size() - 1);
        after = Optional.of(new Keyset(sort.keys().stream().map(k -> ColumnKeys.sortKey(last, k.column()))
            .toList(), last.id()));
      }
      assertEquals(expected, walked, sort.text());
      assertEquals(expected.stream().map(Customer::id).toList(), rows.stream().map(ListedCustomer::id).toList(),
          sort.text());
      try (Stream<Customer> stream = customers.stream(tenant, new Condition.Always(), sort)) {
        assertEquals(expected, stream.collect(Collectors.toList()), sort.text());
      }
    }
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

  /**
   * The module inside the host's transaction: what the host rolls back is gone and never heard of; what it commits
   * stays and is heard of once it committed, through the connection source's hook.
   */
  @Test
  void registrationsThroughTheModuleInTheHostsTransactionRollBackWithIt() throws SQLException {
    TenantId tenant = freshTenant();
    HostTransactions host = new HostTransactions(database());
    JdbcCustomerStores hosted = JdbcCustomerStores.builder(host).tablePrefix(stores.tablePrefix()).build();
    assertEquals(database().dialect(), hosted.dialect());
    List<CustomerEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    CustomerModule module = hosted.moduleBuilder().events(heard::add).build();
    CustomerForm form = CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Rolled Back BV").build();
    try {
      host.begin();
      var outcome = module.forTenant(tenant).register(new RegisterCustomer.Command(form));
      assertTrue(outcome.isDone(), () -> "refused: " + outcome.refusals());
      Customer registered = outcome.orThrow();
      assertEquals(Optional.of(registered), hosted.customers().find(tenant, registered.id()));
      host.rollback();
      assertEquals(Optional.empty(), stores.customers().find(tenant, registered.id()));
      assertEquals(List.of(), heard);
      host.begin();
      Customer committed = module.forTenant(tenant).register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Kept NV").build()))
          .orThrow();
      assertEquals(List.of(), heard, "heard before the host committed");
      host.commit();
      assertEquals(List.of(new CustomerEvent.Registered(committed)), heard);
      assertEquals(Optional.of(committed), stores.customers().find(tenant, committed.id()));
    } finally {
      host.end();
    }
    Customer own = module.forTenant(tenant).register(new RegisterCustomer.Command(CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Own Transaction CV").build()))
        .orThrow();
    assertEquals(Optional.of(own), stores.customers().find(tenant, own.id()));
    assertEquals(new CustomerEvent.Registered(own), heard.get(heard.size() - 1));
  }

  /** A host's own transactions, one per thread, with what waits for their commit. */
  static final class HostTransactions implements ConnectionSource {
    private final TestDatabase database;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    HostTransactions(TestDatabase database) {
      this.database = database;
    }

    void begin() throws SQLException {
      Connection connection = database.dataSource().getConnection();
      connection.setAutoCommit(false);
      current.set(connection);
      afterCommit.set(new ArrayList<>());
    }

    void commit() throws SQLException {
      current.get().commit();
      List<Runnable> actions = afterCommit.get();
      end();
      actions.forEach(Runnable::run);
    }

    void rollback() throws SQLException {
      current.get().rollback();
      end();
    }

    void end() throws SQLException {
      Connection connection = current.get();
      current.remove();
      afterCommit.remove();
      if (connection != null) {
        connection.rollback();
        connection.setAutoCommit(true);
        connection.close();
      }
    }

    @Override
    public Connection connection() throws SQLException {
      Connection connection = current.get();
      return connection != null ? connection : database.dataSource().getConnection();
    }

    @Override
    public void release(Connection connection) throws SQLException {
      if (connection != current.get()) {
        connection.close();
      }
    }

    @Override
    public boolean inHostTransaction() {
      return current.get() != null;
    }

    @Override
    public void afterHostCommit(Runnable action) {
      afterCommit.get().add(action);
    }
  }

  /**
   * A delete racing the host's new invoice for the same customer ends deleted (and the invoice refused by the
   * foreign key) or refused for its sales documents (and the invoice kept); never an orphan invoice, never a raw
   * database failure. The host adds its invoice as docs/persistence-jdbc.md asks: customer row locked first.
   */
  @Test
  void aDeleteRacingANewInvoiceEndsDeletedOrRefusedAndLeavesNoOrphan() throws Exception {
    TenantId tenant = freshTenant();
    HostInvoices invoices = new HostInvoices(database(), stores.tablePrefix() + "host_invoices", stores.customerTable());
    CustomerModule module = stores.moduleBuilder().salesLedger(invoices::count).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int deleted = 0;
    int refused = 0;
    try {
      for (int race = 0; race < 60; race++) {
        Customer customer = module.forTenant(tenant).register(new RegisterCustomer.Command(
            CustomerForm.builder().kind(PartyKind.COMPANY).companyName("Race " + race).build())).orThrow();
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        Future<org.customerkit.core.application.port.in.Outcome<org.customerkit.core.domain.customer.CustomerId>>
            delete = pool.submit(() -> {
              start.await();
              return module.forTenant(tenant).delete(customer.id());
            });
        Future<Boolean> invoice = pool.submit(() -> {
          start.await();
          return invoices.add(tenant, customer.id());
        });
        var outcome = delete.get(60, TimeUnit.SECONDS);
        boolean invoiced = invoice.get(60, TimeUnit.SECONDS);
        if (outcome.isDone()) {
          deleted++;
          assertFalse(invoiced, "an invoice was added for a customer that was deleted");
        } else {
          refused++;
          assertTrue(outcome.refusals().stream()
              .anyMatch(r -> r.reason() == org.customerkit.core.domain.shared.Reason.HAS_SALES_DOCUMENTS),
              () -> "refused: " + outcome.refusals());
          assertTrue(invoiced);
          assertTrue(customers.find(tenant, customer.id()).isPresent());
        }
      }
      assertEquals(0, invoices.orphans(), "invoices of deleted customers");
      assertEquals(60, deleted + refused);
    } finally {
      pool.shutdownNow();
      invoices.drop();
    }
  }

  /** A host's invoice table on the customer table, with a foreign key as docs/persistence-jdbc.md asks. */
  static final class HostInvoices {
    private final TestDatabase database;
    private final String table;
    private final String customerTable;

    HostInvoices(TestDatabase database, String table, String customerTable) throws SQLException {
      this.database = database;
      this.table = table;
      this.customerTable = customerTable;
      String options = database.dialect() == Dialect.MARIADB
          ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin" : "";
      try (Connection c = database.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
        s.execute("CREATE TABLE " + table + " (id CHAR(36) NOT NULL PRIMARY KEY, tenant_id VARCHAR(64) NOT NULL,"
            + " customer_id CHAR(36) NOT NULL, FOREIGN KEY (tenant_id, customer_id) REFERENCES " + customerTable
            + " (tenant_id, id))" + options);
      }
    }

    long count(TenantId tenant, org.customerkit.core.domain.customer.CustomerId customer) {
      try (Connection c = database.dataSource().getConnection(); java.sql.PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ? AND customer_id = ?")) {
        ps.setString(1, tenant.value());
        ps.setString(2, customer.toString());
        try (java.sql.ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Adds an invoice with the customer row locked first; false when the customer is gone. */
    boolean add(TenantId tenant, org.customerkit.core.domain.customer.CustomerId customer) throws SQLException {
      try (Connection c = database.dataSource().getConnection()) {
        c.setAutoCommit(false);
        try (java.sql.PreparedStatement lock = c.prepareStatement(
            "SELECT id FROM " + customerTable + " WHERE tenant_id = ? AND id = ? FOR UPDATE")) {
          lock.setString(1, tenant.value());
          lock.setString(2, customer.toString());
          try (java.sql.ResultSet rs = lock.executeQuery()) {
            if (!rs.next()) {
              c.rollback();
              return false;
            }
          }
          try (java.sql.PreparedStatement insert = c.prepareStatement(
              "INSERT INTO " + table + " (id, tenant_id, customer_id) VALUES (?, ?, ?)")) {
            insert.setString(1, java.util.UUID.randomUUID().toString());
            insert.setString(2, tenant.value());
            insert.setString(3, customer.toString());
            insert.executeUpdate();
          }
          c.commit();
          return true;
        } catch (SQLException e) {
          c.rollback();
          if ("23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState()) || e.getErrorCode() == 1452) {
            return false;
          }
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      }
    }

    long orphans() throws SQLException {
      try (Connection c = database.dataSource().getConnection(); java.sql.Statement s = c.createStatement();
          java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table + " i WHERE NOT EXISTS (SELECT 1 FROM "
              + customerTable + " c WHERE c.tenant_id = i.tenant_id AND c.id = i.customer_id)")) {
        rs.next();
        return rs.getLong(1);
      }
    }

    void drop() throws SQLException {
      try (Connection c = database.dataSource().getConnection(); java.sql.Statement s = c.createStatement()) {
        s.execute("DROP TABLE " + table);
      }
    }
  }

  /**
   * A generated number that a registration typed and had not yet committed when it was looked up is skipped, not
   * refused: the automatic registration waits on the other's insert, sees the number taken, and takes the next.
   */
  @Test
  void anAutomaticNumberSkipsOneTypedByARegistrationCommittingMeanwhile() throws Exception {
    TenantId tenant = freshTenant();
    org.customerkit.core.application.port.in.Customers module = stores.moduleBuilder().build().forTenant(tenant);
    Customer first = module.register(new RegisterCustomer.Command(company("First NV"))).orThrow();
    String next = Long.toString(Long.parseLong(first.number().value()) + 1);
    java.util.concurrent.CountDownLatch typed = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Customer> typing = pool.submit(() -> stores.transactions().inTransaction(() -> {
        Customer customer = module.register(new RegisterCustomer.Command(
            CustomerForm.builder().from(company("Typed BV")).number(next).build())).orThrow();
        typed.countDown();
        try {
          commit.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        return customer;
      }));
      assertTrue(typed.await(60, TimeUnit.SECONDS));
      Future<org.customerkit.core.application.port.in.Outcome<Customer>> automatic =
          pool.submit(() -> module.register(new RegisterCustomer.Command(company("Automatic CV"))));
      Thread.sleep(1000); // lets the automatic registration reach its insert and wait on the typed number
      commit.countDown();
      Customer typedOne = typing.get(60, TimeUnit.SECONDS);
      var outcome = automatic.get(60, TimeUnit.SECONDS);
      assertTrue(outcome.isDone(), () -> "refused: " + outcome.refusals());
      assertEquals(next, typedOne.number().value());
      assertFalse(outcome.orThrow().number().equals(typedOne.number()));
      assertEquals(outcome.result(), customers.find(tenant, outcome.orThrow().id()));
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * An edit whose transaction read the customer before another user deleted it says the customer was deleted
   * (MariaDB's snapshot still shows the row at the edited version), never that it changed.
   */
  @Test
  void anEditOfACustomerDeletedMeanwhileSaysItIsGone() throws Exception {
    TenantId tenant = freshTenant();
    org.customerkit.core.application.port.in.Customers module = stores.moduleBuilder().build().forTenant(tenant);
    Customer customer = module.register(new RegisterCustomer.Command(company("Gone BV"))).orThrow();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      var edited = stores.transactions().inTransaction(() -> {
        assertTrue(customers.find(tenant, customer.id()).isPresent());
        try {
          assertTrue(other.submit(() -> module.delete(customer.id())).get(60, TimeUnit.SECONDS).isDone());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        return module.edit(new org.customerkit.core.application.port.in.EditCustomer.Command(customer.id(), 1,
            company("Renamed BV")));
      });
      assertFalse(edited.isDone());
      assertTrue(edited.refusals().stream().allMatch(r -> r.reason() == org.customerkit.core.domain.shared.Reason.NOT_FOUND
          || r.reason() == org.customerkit.core.domain.shared.Reason.DELETED_MEANWHILE), () -> "refused: " + edited.refusals());
    } finally {
      other.shutdownNow();
    }
  }

  private static CustomerForm company(String name) {
    return CustomerForm.builder().kind(PartyKind.COMPANY).companyName(name).build();
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

  /** Tenant ids, numbers and view names compare exactly: {@code acme} and {@code ACME} share nothing. */
  @Test
  void tenantsDifferingOnlyInCaseShareNothing() {
    String base = freshTenant().value();
    TenantId lower = TenantId.of(base + "acme");
    TenantId upper = TenantId.of(base + "ACME");
    Customer mine = Customers.aCompanyNamed(lower, "A7001", "Lower BV");
    customers.insert(mine);
    assertEquals(Optional.empty(), customers.find(upper, mine.id()));
    assertEquals(Optional.empty(), customers.findByNumber(upper, mine.number()));
    assertEquals(Optional.empty(), customers.findByNumber(lower, CustomerNumber.of("a7001")));
    assertEquals(0, customers.count(upper, new Condition.Always()));
    assertFalse(customers.delete(upper, mine.id()));
    assertEquals(10000, stores.numbers().next(lower, "", 10000));
    assertEquals(10000, stores.numbers().next(upper, "", 10000));
    stores.views().save(lower, new StoredView("", "Gent", List.of(), List.of("number"), "number:asc", 50, false));
    assertEquals(Optional.empty(), stores.views().find(upper, "", "Gent"));
    assertEquals(Optional.empty(), stores.views().find(lower, "", "GENT"));
  }

  @Test
  void storesRefuseASchemaMigratedByANewerRelease() throws SQLException {
    try (TestDatabase.Schema newer = database().freshSchema()) {
      String prefix = newer.stores().tablePrefix();
      int beyond = newer.stores().schema().latestVersion() + 1;
      execute("INSERT INTO " + new Tables(prefix).history() + " (version, description, checksum, installed_at)"
          + " VALUES (" + beyond + ", 'from_a_later_release', '0', '2030-01-01T00:00:00Z')");
      JdbcStoreException refused = assertThrows(JdbcStoreException.class, () -> JdbcCustomerStores
          .builder(database().dataSource()).dialect(database().dialect()).tablePrefix(prefix).build());
      assertTrue(refused.getMessage().contains("has migration " + beyond + " (from_a_later_release), beyond the "
          + (beyond - 1) + " this release knows"), refused::getMessage);
      assertThrows(JdbcStoreException.class, () -> newer.stores().install());
    }
  }

  @Test
  void storesRefuseASchemaWhoseAppliedMigrationChanged() throws SQLException {
    try (TestDatabase.Schema changed = database().freshSchema()) {
      String prefix = changed.stores().tablePrefix();
      execute("UPDATE " + new Tables(prefix).history() + " SET checksum = '0' WHERE version = 1");
      JdbcStoreException refused = assertThrows(JdbcStoreException.class, () -> JdbcCustomerStores
          .builder(database().dataSource()).tablePrefix(prefix).build());
      assertTrue(refused.getMessage().contains("migration V1__customers with prefix " + prefix
          + " was applied from a different text"), refused::getMessage);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database().dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * A list row composes the full name, the VAT number and the address line from the stored parts, the box word in
   * the customer's language (nl "bus", fr "bte", de "Postfach", en "box"), as {@code ListedCustomer.of} does.
   */
  @ParameterizedTest
  @CsvSource({"NL, Veldstraat 12 bus 3", "FR, Veldstraat 12 bte 3", "DE, Veldstraat 12 Postfach 3",
      "EN, Veldstraat 12 box 3"})
  void aListRowShowsTheBoxWordInTheCustomersLanguage(org.customerkit.core.domain.shared.Language language,
      String line) {
    TenantId tenant = freshTenant();
    Customer company = Customers.aBelgianCompanyWithEverything(tenant, "10000").toBuilder().language(language)
        .build();
    Customer person = Customers.aPersonWithoutVatNumber(tenant, "10001", "Peeters");
    customers.insert(company);
    customers.insert(person);
    org.customerkit.core.view.View all = org.customerkit.core.view.BuiltInView.ALL.view();
    List<org.customerkit.core.view.Column> columns = new ArrayList<>(all.columns());
    columns.add(StandardColumn.VAT_NUMBER);
    CustomerQuery query = new CustomerQuery(all.effectiveFilter().toCondition(), all.sort(), 10, Optional.empty());
    List<ListedCustomer> expected = Stream.of(company, person).map(c -> ListedCustomer.of(c, columns, all.sort()))
        .toList();
    assertEquals(expected, customers.listRows(tenant, query, columns));
    org.customerkit.core.domain.shared.Messages english =
        org.customerkit.core.domain.shared.Messages.of(java.util.Locale.ENGLISH);
    List<String> companyCells = expected.get(0).cells().stream().map(c -> c.text(english)).toList();
    assertEquals("Bakkerij Peeters BV", companyCells.get(columns.indexOf(StandardColumn.FULL_NAME)));
    assertEquals(line, companyCells.get(columns.indexOf(StandardColumn.ADDRESS)));
    assertEquals("BE 0417.497.106", companyCells.get(columns.indexOf(StandardColumn.VAT_NUMBER)));
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
